/// A ZIP archive of a set of files, stored without compression: what every
/// unzip tool, spreadsheet importer and `zipfile` reads, written with no
/// dependency. Entries carry a fixed timestamp (1 January 1980, the
/// earliest ZIP can hold) so the same files give the same archive.
///
/// Names are marked as UTF-8 (general-purpose flag bit 11). Archives of
/// 4 GiB or more would need ZIP64; exports that large are not a use this
/// serves, and ``ExportedFile`` sets are far smaller in practice.
struct ZIPArchive {
    /// The archive's bytes.
    let bytes: [UInt8]

    init(_ members: [ExportedFile.Member]) {
        var out: [UInt8] = []
        out.reserveCapacity(members.reduce(22) { $0 + $1.bytes.count + 2 * (46 + $1.name.utf8.count) })
        var central: [UInt8] = []
        for member in members {
            let name = Array(member.name.utf8)
            let crc = CRC32.checksum(member.bytes)
            let offset = out.count
            // Local file header, then the data.
            Self.put32(0x0403_4B50, &out)
            Self.entryFields(name: name, crc: crc, size: member.bytes.count, to: &out)
            Self.put16(0, &out)  // no extra field
            out += name
            out += member.bytes
            // The central directory's record of the same entry.
            Self.put32(0x0201_4B50, &central)
            Self.put16(3 << 8 | 20, &central)  // made by Unix, ZIP 2.0
            Self.entryFields(name: name, crc: crc, size: member.bytes.count, to: &central)
            Self.put16(0, &central)  // no extra field
            Self.put16(0, &central)  // no comment
            Self.put16(0, &central)  // disk 0
            Self.put16(0, &central)  // internal attributes
            Self.put32(0o100644 << 16, &central)  // a regular file, rw-r--r--
            Self.put32(UInt32(truncatingIfNeeded: offset), &central)
            central += name
        }
        let directoryOffset = out.count
        out += central
        Self.put32(0x0605_4B50, &out)  // end of central directory
        Self.put16(0, &out)
        Self.put16(0, &out)
        Self.put16(UInt16(truncatingIfNeeded: members.count), &out)
        Self.put16(UInt16(truncatingIfNeeded: members.count), &out)
        Self.put32(UInt32(truncatingIfNeeded: central.count), &out)
        Self.put32(UInt32(truncatingIfNeeded: directoryOffset), &out)
        Self.put16(0, &out)  // no comment
        bytes = out
    }

    /// The fields local and central headers share, from "version needed"
    /// to the name's length: stored, UTF-8 names, the fixed date.
    private static func entryFields(name: [UInt8], crc: UInt32, size: Int, to out: inout [UInt8]) {
        put16(20, &out)  // version needed: 2.0
        put16(1 << 11, &out)  // names are UTF-8
        put16(0, &out)  // stored
        put16(0, &out)  // 00:00:00
        put16(1 << 5 | 1, &out)  // 1980-01-01
        put32(crc, &out)
        put32(UInt32(truncatingIfNeeded: size), &out)
        put32(UInt32(truncatingIfNeeded: size), &out)
        put16(UInt16(truncatingIfNeeded: name.count), &out)
    }

    private static func put16(_ value: UInt16, _ out: inout [UInt8]) {
        out += [UInt8(value & 0xFF), UInt8(value >> 8)]
    }

    private static func put32(_ value: UInt32, _ out: inout [UInt8]) {
        out += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
    }
}
