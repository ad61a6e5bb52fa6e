import Testing
@testable import ActorGraph

struct ZIPArchiveTests {
    @Test func crcOfTheStandardCheckString() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    private func uint32(_ bytes: [UInt8], at offset: Int) -> Int {
        (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
    }

    @Test func theDirectoryFindsEveryMemberStoredAsItIs() {
        let members = [ExportedFile.Member(name: "entities.csv", bytes: Array("Label\r\n".utf8)),
                       ExportedFile.Member(name: "النجباء.csv", bytes: [])]
        let bytes = ZIPArchive(members).bytes
        // The end record: 22 bytes, entry counts, then the directory's size and offset.
        let end = bytes.count - 22
        #expect(uint32(bytes, at: end) == 0x0605_4B50)
        #expect(Int(bytes[end + 10]) == 2)
        var record = uint32(bytes, at: end + 16)
        for member in members {
            #expect(uint32(bytes, at: record) == 0x0201_4B50)
            #expect(uint32(bytes, at: record + 16) == Int(CRC32.checksum(member.bytes)))
            #expect(uint32(bytes, at: record + 24) == member.bytes.count)
            let nameLength = Int(bytes[record + 28]) | Int(bytes[record + 29]) << 8
            #expect(Array(bytes[(record + 46)..<(record + 46 + nameLength)]) == Array(member.name.utf8))
            // The local header it points to, then the data unchanged.
            let local = uint32(bytes, at: record + 42)
            #expect(uint32(bytes, at: local) == 0x0403_4B50)
            let data = local + 30 + nameLength
            #expect(Array(bytes[data..<(data + member.bytes.count)]) == member.bytes)
            record += 46 + nameLength
        }
    }

    @Test func theSameFilesGiveTheSameArchive() {
        let members = [ExportedFile.Member(name: "a", bytes: [1, 2, 3])]
        #expect(ZIPArchive(members).bytes == ZIPArchive(members).bytes)
    }
}
