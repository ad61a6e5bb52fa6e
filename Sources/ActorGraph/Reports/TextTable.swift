/// Left-aligned columns of text, as the tool's listings print them:
/// each column as wide as its widest cell, two spaces between columns,
/// the last column unpadded.
struct TextTable {
    private var rows: [[String]] = []

    /// Adds a row.
    mutating func append(_ row: [String]) { rows.append(row) }

    /// The table, one line per row, each ending in a newline.
    var text: String {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + (rows.isEmpty ? "" : "\n")
    }
}
