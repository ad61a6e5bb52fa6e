/// One column per free attribute key (`weapon`, `killed`, ...), for the
/// formats that give each its own column (CSV, Neo4j, GEXF): an item's
/// attributes laid out as cells in the columns' order, a disputed
/// attribute's values in one cell separated by `|`. Built once per export;
/// finding a key's column is one hash probe.
struct AttributeColumns {
    /// The keys, in column order.
    let keys: [String]
    private let position: [String: Int]

    init(_ keys: [String]) {
        self.keys = keys
        position = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Calls `body` with the column and the text (values joined by ` / `)
    /// of each of `attributes` that has a column, in the item's order.
    func forEachCell(of attributes: [Attribute], _ body: (Int, String) -> Void) {
        for attribute in attributes {
            if let column = position[attribute.key] { body(column, attribute.value) }
        }
    }

    /// The column of `key`, or `nil` for a key without one.
    func position(of key: String) -> Int? { position[key] }

    /// The column headers: each key as it is, or as `attr.KEY` where it
    /// would read as one of the `fixed` columns or an earlier header
    /// (ignoring case, as spreadsheet importers match headers), with `_2`,
    /// `_3`, ... after it while that is still taken: no two columns share
    /// a header, so no reader drops one.
    func headers(besides fixed: [String]) -> [String] {
        var taken = Set(fixed.map { $0.lowercased() })
        return keys.map { key in
            var header = taken.contains(key.lowercased()) ? "attr." + key : key
            let base = header
            var suffix = 1
            while taken.contains(header.lowercased()) {
                suffix += 1
                header = base + "_" + String(suffix)
            }
            taken.insert(header.lowercased())
            return header
        }
    }

    /// Writes the cells of `attributes` as fields of `out`'s current row.
    /// `value` makes each value's text fit the cell (Neo4j takes the
    /// array delimiter out of it).
    func write(_ attributes: [Attribute], separator: String = CSVExporter.separator, value: (String) -> String = { $0 },
               to out: inout CSVBuffer) {
        // Most items have none of the columns' keys: no cells to build.
        guard attributes.contains(where: { position[$0.key] != nil }) else { return out.emptyFields(keys.count) }
        out.fields(cells(attributes, separator: separator, value: value))
    }

    /// The cells of `attributes`, empty where an item lacks a key.
    func cells(_ attributes: [Attribute], separator: String = CSVExporter.separator, value: (String) -> String = { $0 }) -> [String] {
        var cells = [String](repeating: "", count: keys.count)
        for attribute in attributes {
            if let column = position[attribute.key] { cells[column] = attribute.values.map { value($0.text) }.joined(separator: separator) }
        }
        return cells
    }
}
