/// Keeps the first `limit` diagnostics in the order they are reported
/// (by file, then place) and only counts the rest, so a file wrong
/// everywhere costs no more to report than its first `limit` mistakes:
/// past the limit nothing is located, worded or given suggestions.
///
/// The kept ones are a max-heap on that order, so a diagnostic found
/// late but earlier in the file still displaces a later one.
struct DiagnosticCollector {
    /// Who found a diagnostic. At one place, the parser's come before the
    /// string checks', and both before the checker's.
    enum Stage: Int, Comparable {
        case parser, strings, checker

        static func < (a: Stage, b: Stage) -> Bool { a.rawValue < b.rawValue }
    }

    private struct Key: Comparable {
        var file: Int
        var offset: Int
        var stage: Stage
        var sequence: Int

        static func < (a: Key, b: Key) -> Bool {
            (a.file, a.offset, a.stage, a.sequence) < (b.file, b.offset, b.stage, b.sequence)
        }
    }

    let limit: Int
    private var heap: [(key: Key, diagnostic: PendingDiagnostic)] = []
    private var sequence = 0
    private(set) var omittedErrors = 0
    private(set) var omittedWarnings = 0

    init(limit: Int) {
        self.limit = max(0, limit)
    }

    /// Whether a diagnostic found by `stage` at `offset` in `file` would be
    /// kept. When not, it is counted as omitted here, and the caller should
    /// not build it; when so, the caller must ``add(_:stage:)`` it next.
    mutating func admits(_ severity: Diagnostic.Severity, file: Int, offset: Int, stage: Stage) -> Bool {
        if heap.count < limit { return true }
        if let last = heap.first, Key(file: file, offset: offset, stage: stage, sequence: sequence) < last.key { return true }
        count(severity)
        return false
    }

    /// Keeps `diagnostic`, displacing the last one kept when full.
    mutating func add(_ diagnostic: PendingDiagnostic, stage: Stage) {
        let key = Key(file: diagnostic.file, offset: diagnostic.offset, stage: stage, sequence: sequence)
        sequence += 1
        if heap.count < limit {
            heap.append((key, diagnostic))
            siftUp(heap.count - 1)
        } else if let last = heap.first, key < last.key {
            count(last.diagnostic.severity)
            heap[0] = (key, diagnostic)
            siftDown(0)
        } else {
            count(diagnostic.severity)
        }
    }

    /// The diagnostics kept, in report order.
    func sorted() -> [PendingDiagnostic] {
        heap.sorted { $0.key < $1.key }.map(\.diagnostic)
    }

    /// The diagnostics kept, in report order, located in `files` (which
    /// their file numbers index).
    func located(in files: [SourceFile]) -> [Diagnostic] {
        var locators: [Int: SourceLocator] = [:]
        func locate(_ pending: PendingDiagnostic) -> Diagnostic {
            let notes = pending.notes.map(locate)
            guard files.indices.contains(pending.file) else {
                return Diagnostic(pending.severity, pending.id, pending.message, notes: notes)
            }
            var locator = locators.removeValue(forKey: pending.file) ?? SourceLocator(files[pending.file])
            defer { locators[pending.file] = locator }
            let location = locator.location(at: pending.offset, length: pending.length)
            let fixIts = pending.fixIts.map {
                FixIt(replacing: locator.location(at: $0.offset, length: $0.length, exact: true), with: $0.replacement)
            }
            return Diagnostic(pending.severity, pending.id, pending.message, at: location, notes: notes, fixIts: fixIts)
        }
        return sorted().map(locate)
    }

    private mutating func count(_ severity: Diagnostic.Severity) {
        if severity == .warning { omittedWarnings += 1 } else { omittedErrors += 1 }
    }

    private mutating func siftUp(_ index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[parent].key < heap[child].key else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(_ index: Int) {
        var parent = index
        while true {
            var largest = parent
            let left = 2 * parent + 1, right = left + 1
            if left < heap.count, heap[largest].key < heap[left].key { largest = left }
            if right < heap.count, heap[largest].key < heap[right].key { largest = right }
            guard largest != parent else { return }
            heap.swapAt(parent, largest)
            parent = largest
        }
    }
}
