import Foundation

/// Formatting for the benchmark's printed tables.
enum Report {
    static func seconds(_ value: Double) -> String {
        value < 0.01 ? String(format: "%.3f ms", value * 1000) : String(format: "%.3f s", value)
    }

    static func mebibytes(_ bytes: Int) -> String {
        String(format: "%.0f MiB", Double(bytes) / 1_048_576)
    }

    /// Prints rows under a header, each column padded to its widest cell.
    static func table(_ header: [String], _ rows: [[String]]) {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        for (index, row) in all.enumerated() {
            print(row.enumerated().map { column, cell in
                column == 0 ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "   "))
            if index == 0 { print(widths.map { String(repeating: "-", count: $0) }.joined(separator: "   ")) }
        }
    }
}
