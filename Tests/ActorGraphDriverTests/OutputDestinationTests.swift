import ActorGraphDriver
import Foundation
import Testing

struct OutputDestinationTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func leftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
    }

    @Test func replacesTheFileAndLeavesNoTemporaryFile() throws {
        try Data("old".utf8).write(to: URL(fileURLWithPath: path("out.dot")))
        try OutputDestination(path: path("out.dot")).write(Array("new".utf8))
        #expect(FileManager.default.contents(atPath: path("out.dot")) == Data("new".utf8))
        #expect(try leftovers().isEmpty)
    }

    @Test func givesANewFileTheUsualPermissions() throws {
        try OutputDestination(path: path("fresh.svg")).write([1, 2, 3])
        let attributes = try FileManager.default.attributesOfItem(atPath: path("fresh.svg"))
        let mask = umask(0)
        umask(mask)
        #expect((attributes[.posixPermissions] as? Int) == Int(0o666 & ~mask))
    }

    @Test func aPlantedLinkUnderThePredictableNameIsNeverFollowed() throws {
        // The name the tool once used for its temporary file, pointing at a file the attacker wants overwritten.
        let victim = path("victim")
        try Data("precious".utf8).write(to: URL(fileURLWithPath: victim))
        try FileManager.default.createSymbolicLink(atPath: path(".out.svg.\(getpid()).tmp"), withDestinationPath: victim)
        try OutputDestination(path: path("out.svg")).write(Array("<svg/>".utf8))
        #expect(FileManager.default.contents(atPath: victim) == Data("precious".utf8))
        #expect(FileManager.default.contents(atPath: path("out.svg")) == Data("<svg/>".utf8))
    }

    @Test func aMissingFolderIsAnErrorThatTouchesNothing() {
        #expect(throws: ToolError.self) { try OutputDestination(path: path("no/such/out.dot")).write([1]) }
        #expect((try? leftovers())?.isEmpty == true)
    }

    @Test func aFullDeviceIsAnError() {
        do {
            try OutputDestination(path: "/dev/full").write(Array(repeating: 65, count: 100_000))
            Issue.record("writing /dev/full succeeded")
        } catch {
            #expect(error.exitStatus == 1)
            #expect(error.description.contains("/dev/full: error: cannot write the output"))
        }
    }

    @Test func devicesAreWrittenInPlace() throws {
        try OutputDestination(path: "/dev/null").write(Array(repeating: 65, count: 10))
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR)
    }

    @Test func anInputIsNeverTheOutput() throws {
        try Data("person a\n".utf8).write(to: URL(fileURLWithPath: path("g.ag")))
        #expect(throws: ToolError.self) { try OutputDestination(path: path("g.ag")).refuseOverwriting([path("g.ag")]) }
        try FileManager.default.createSymbolicLink(atPath: path("link.ag"), withDestinationPath: path("g.ag"))
        #expect(throws: ToolError.self) { try OutputDestination(path: path("link.ag")).refuseOverwriting([path("g.ag")]) }
        try OutputDestination(path: path("other.dot")).refuseOverwriting([path("g.ag")])
    }

    @Test func aReplacedFileKeepsItsPermissions() throws {
        let target = path("private.dot")
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        #expect(chmod(target, 0o600) == 0)
        try OutputDestination(path: target).write(Array("new".utf8))
        let attributes = try FileManager.default.attributesOfItem(atPath: target)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(FileManager.default.contents(atPath: target) == Data("new".utf8))
    }

    @Test func aFolderIsAnErrorThatMakesNothingInIt() throws {
        let folder = path("out.dot")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        for destination in [folder, folder + "/"] {
            do {
                try OutputDestination(path: destination).write([1])
                Issue.record("writing the folder \(destination) succeeded")
            } catch {
                #expect(error.exitStatus == 1)
                #expect(error.message.contains("name a file, not a folder"), "\(error.message)")
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        #expect(try leftovers().isEmpty)
    }

    @Test func aLinkToAFileIsWrittenThroughAndStaysALink() throws {
        try Data("old".utf8).write(to: URL(fileURLWithPath: path("target.json")))
        try FileManager.default.createSymbolicLink(atPath: path("link.json"), withDestinationPath: path("target.json"))
        try OutputDestination(path: path("link.json")).write(Array("new".utf8))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path("link.json")) == path("target.json"))
        #expect(FileManager.default.contents(atPath: path("target.json")) == Data("new".utf8))
    }

    /// `/dev/fd/N` is the process's descriptor N, written through, never a
    /// path to replace (a rename there would replace the system's link).
    @Test func aDescriptorPathIsWrittenThroughItsDescriptor() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        try OutputDestination(path: "/dev/fd/\(ends[1])").write(Array("through".utf8))
        close(ends[1])
        var buffer = [UInt8](repeating: 0, count: 16)
        let count = read(ends[0], &buffer, buffer.count)
        #expect(Array(buffer.prefix(max(0, count))) == Array("through".utf8))
    }
}
