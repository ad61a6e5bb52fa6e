import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Timing and memory readings for the benchmark.
enum Measure {
    /// Runs `body` `runs` times and returns every duration in seconds, with the last result.
    static func time<T>(runs: Int, _ body: () -> T) -> (seconds: [Double], result: T) {
        var seconds: [Double] = []
        var result: T?
        for _ in 0..<runs {
            result = nil  // so two results are never alive at once
            let start = DispatchTime.now().uptimeNanoseconds
            result = body()
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return (seconds, result!)
    }

    /// Times one call of `body`.
    static func once<T>(_ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, result)
    }

    /// glibc's malloc_trim, looked up at run time because the Glibc module
    /// does not export it; absent elsewhere, where this does nothing.
    private static func releaseFreedHeap() {
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// The process's peak resident memory so far (Linux reports kB).
    static func peakMemoryBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    /// The process's resident memory now, after returning freed heap pages
    /// to the system, so it counts what is live rather than what malloc keeps.
    static func liveMemoryBytes() -> Int {
        releaseFreedHeap()
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kB = Int(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kB * 1024
    }
}
