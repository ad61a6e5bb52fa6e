import ActorGraph
import ActorGraphDriver
import Foundation
import Testing

/// Sets of files (the CSV formats): a folder written whole, or one ZIP.
struct OutputDestinationSetTests {
    let folder: URL
    let set = ExportedFile(members: [ExportedFile.Member(name: "a.csv", bytes: Array("a\r\n".utf8)),
                                     ExportedFile.Member(name: "b.csv", bytes: Array("b\r\n".utf8))])

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-set-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func contents(_ name: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path(name)).sorted()
    }

    @Test func aNewFolderGetsEveryFileAndNothingIsLeftBeside() throws {
        try OutputDestination(path: path("out") + "/").write(set)
        #expect(try contents("out") == ["a.csv", "b.csv"])
        #expect(FileManager.default.contents(atPath: path("out/b.csv")) == Data("b\r\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out"])
    }

    @Test func anEarlierExportIsReplacedWhole() throws {
        let earlier = ExportedFile(members: [ExportedFile.Member(name: "a.csv", bytes: Array("old".utf8))])
        try OutputDestination(path: path("out")).write(earlier)
        try OutputDestination(path: path("out")).write(set)
        #expect(try contents("out") == ["a.csv", "b.csv"])
        #expect(FileManager.default.contents(atPath: path("out/a.csv")) == Data("a\r\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out"])
    }

    @Test func anotherFormatsSetIsNotDeletedToMakeRoom() throws {
        try OutputDestination(path: path("out")).write(set)
        let other = ExportedFile(members: [ExportedFile.Member(name: "cites.csv", bytes: [])])
        #expect(throws: ToolError.self) { try OutputDestination(path: path("out")).write(other) }
        #expect(try contents("out") == ["a.csv", "b.csv"])
    }

    @Test func aFolderHoldingOtherWorkIsNeverReplaced() throws {
        try FileManager.default.createDirectory(atPath: path("work"), withIntermediateDirectories: true)
        try Data("notes".utf8).write(to: URL(fileURLWithPath: path("work/notes.txt")))
        #expect(throws: ToolError.self) { try OutputDestination(path: path("work")).write(set) }
        #expect(try contents("work") == ["notes.txt"])
        do {
            try OutputDestination(path: path("work")).write(set)
        } catch {
            #expect(error.id == "output-folder-in-use" && error.message.contains("'notes.txt'") && error.exitStatus == 2)
        }
    }

    @Test func aZIPNameGetsOneArchive() throws {
        try OutputDestination(path: path("out.zip")).write(set)
        let bytes = try #require(FileManager.default.contents(atPath: path("out.zip")))
        #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        #expect(Array(bytes) == set.bytes)
    }

    @Test func anExistingFileIsNotTurnedIntoAFolder() throws {
        try Data("x".utf8).write(to: URL(fileURLWithPath: path("file.csv")))
        #expect(throws: ToolError.self) { try OutputDestination(path: path("file.csv")).write(set) }
        #expect(FileManager.default.contents(atPath: path("file.csv")) == Data("x".utf8))
    }

    @Test func aFolderUnderAMembersNameIsNeverMovedAside() throws {
        try FileManager.default.createDirectory(atPath: path("out/a.csv/inner"), withIntermediateDirectories: true)
        #expect(throws: ToolError.self) { try OutputDestination(path: path("out")).write(set) }
        #expect(FileManager.default.fileExists(atPath: path("out/a.csv/inner")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out"])
    }

    @Test func aPrivateFolderStaysPrivate() throws {
        try FileManager.default.createDirectory(atPath: path("private"), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try OutputDestination(path: path("private")).write(set)
        let attributes = try FileManager.default.attributesOfItem(atPath: path("private"))
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
    }

    @Test func anInputInsideTheFolderUnderAMembersNameIsRefused() throws {
        try FileManager.default.createDirectory(atPath: path("out"), withIntermediateDirectories: true)
        try Data("person a\n".utf8).write(to: URL(fileURLWithPath: path("out/b.csv")))
        let output = OutputDestination(path: path("out"))
        #expect(throws: ToolError.self) { try output.refuseOverwriting([path("out/b.csv")], members: set.members) }
        try output.refuseOverwriting([path("elsewhere.ag")], members: set.members)
    }

    @Test func aLinkToAFolderIsFollowedAndStaysALink() throws {
        try OutputDestination(path: path("real")).write(set)
        try FileManager.default.createSymbolicLink(atPath: path("link"), withDestinationPath: path("real"))
        try OutputDestination(path: path("link")).write(set)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path("link")) == path("real"))
        #expect(try contents("real") == ["a.csv", "b.csv"])
    }
}
