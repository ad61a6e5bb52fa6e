/// Reads CSV as RFC 4180 writes it, for checking the exporters' tables:
/// quoted fields with doubled quotes, CRLF rows, a byte order mark skipped.
enum CSVTable {
    static func rows(_ bytes: [UInt8]) -> [[String]] {
        var text = Substring(String(decoding: bytes, as: UTF8.self))
        if text.first == "\u{FEFF}" { text = text.dropFirst() }
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var characters = text.makeIterator()
        var pending = characters.next()
        while let character = pending {
            pending = characters.next()
            if quoted {
                if character == "\"" {
                    if pending == "\"" { field.append("\""); pending = characters.next() } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field); field = ""
            } else if character == "\r\n" || character == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.append(character)
            }
        }
        return rows
    }

    /// The rows after the header, each as a dictionary by header.
    static func records(_ bytes: [UInt8]) -> [[String: String]] {
        let all = rows(bytes)
        guard let header = all.first else { return [] }
        return all.dropFirst().map { Dictionary(zip(header, $0).map { ($0, $1) }, uniquingKeysWith: { first, _ in first }) }
    }
}
