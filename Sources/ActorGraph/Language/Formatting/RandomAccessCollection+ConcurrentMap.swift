import Dispatch
import Foundation

/// The cores to work on, asked once: asking reads the process's CPU
/// affinity, which costs more than mapping a short collection.
private let processorCount = ProcessInfo.processInfo.activeProcessorCount

extension RandomAccessCollection where Self: Sendable, Element: Sendable, SubSequence: Sendable {
    /// `body` of each of the collection's contiguous parts, one part per
    /// core, each on its own thread, the results in the parts' order. A
    /// collection of fewer than `minimumPart` elements a core is one part,
    /// done on the calling thread, where starting threads would cost more
    /// than they save.
    func concurrentParts<T: Sendable>(minimumPart: Int = 1024, _ body: @Sendable (SubSequence) -> T) -> [T] {
        let count = self.count
        let parts = Swift.max(1, Swift.min(processorCount, count / minimumPart))
        guard parts > 1 else { return [body(self[...])] }
        return [T](unsafeUninitializedCapacity: parts) { buffer, initialized in
            // Each thread initializes only its own part's element of the buffer.
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let start = index(startIndex, offsetBy: count * part / parts), end = index(startIndex, offsetBy: count * (part + 1) / parts)
                buffer.initializeElement(at: part, to: body(self[start..<end]))
            }
            initialized = parts
        }
    }

    /// `map(transform)`, its parts mapped on all cores (see
    /// ``concurrentParts(minimumPart:_:)``): the same result, in order, sooner.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let parts = concurrentParts { $0.map(transform) }
        return parts.count == 1 ? parts[0] : Array(parts.joined())
    }
}
