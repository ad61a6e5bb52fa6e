import Dispatch
import Foundation

extension RandomAccessCollection where Self: Sendable, Element: Sendable {
    /// `map(transform)` on the machine's cores: the collection is cut into
    /// one contiguous part per core, each mapped on its own thread straight
    /// into its place in the result, so the result is `map`'s, in order,
    /// only sooner. Small collections are mapped on the calling thread,
    /// where starting threads would cost more than it saves.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let count = self.count
        let parts = Swift.min(ProcessInfo.processInfo.activeProcessorCount, count / 1024)
        guard parts > 1 else { return map(transform) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each part initializes only its own elements of the buffer.
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                var at = count * part / parts
                let start = index(startIndex, offsetBy: at), end = index(startIndex, offsetBy: count * (part + 1) / parts)
                for element in self[start..<end] {
                    buffer.initializeElement(at: at, to: transform(element))
                    at += 1
                }
            }
            initialized = count
        }
    }
}
