extension FtMID {
    /// The ActorGraph id the export wrote as `ftmID` (`ag-abu.5ftaqwa` is
    /// `abu_taqwa`), or `nil` when `ftmID` is not an entity id of the export.
    static func entityID(from ftmID: String) -> String? {
        unescaped(ftmID, after: "ag-")
    }

    /// The ActorGraph id of the source the export wrote as `ftmID` (`ag.src-ID`).
    static func sourceID(from ftmID: String) -> String? {
        unescaped(ftmID, after: "ag.src-")
    }

    /// Whether `ftmID` is a relation the export wrote (`ag.rel-N`), whose
    /// type is its `role` or `purpose` and whose claim is its `status` and
    /// first `description` line.
    static func isRelation(_ ftmID: String) -> Bool {
        ftmID.hasPrefix("ag.rel-")
    }

    /// Undoes the `.XX` escapes after `prefix`; `nil` when a `.` is not
    /// followed by two lower-case hex digits or the bytes are not UTF-8,
    /// which the export never writes.
    private static func unescaped(_ ftmID: String, after prefix: String) -> String? {
        guard ftmID.hasPrefix(prefix) else { return nil }
        let bytes = Array(ftmID.utf8.dropFirst(prefix.utf8.count))
        guard !bytes.isEmpty else { return nil }
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: ".") else {
                result.append(bytes[index])
                index += 1
                continue
            }
            guard index + 2 < bytes.count, let high = hexDigit(bytes[index + 1]), let low = hexDigit(bytes[index + 2]) else { return nil }
            result.append(high << 4 | low)
            index += 3
        }
        return String(validating: result, as: UTF8.self)
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
