import Foundation

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

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// The process's peak resident memory so far, in MiB (Linux reports kB).
    static func peakMemoryMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// The process's current resident memory, in MiB, from /proc.
    static func currentMemoryMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kB = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kB / 1024
    }
}
