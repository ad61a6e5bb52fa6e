import ActorGraph
import Foundation

/// Runs Scripts/networkx_bench.py on the same graph and queries: writes
/// them to a temporary folder in the format the script reads, and decodes
/// the JSON it prints.
enum NetworkXComparison {
    struct Answer: Decodable {
        struct Paths: Decodable {
            var seconds: [Double]
            var lengths: [Int?]
        }
        struct Neighborhoods: Decodable {
            var seconds: [Double]
            var sizes: [Int]
        }
        struct Betweenness: Decodable {
            var seconds: Double
            var top: [(entity: Int, score: Double)]

            init(from decoder: Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                seconds = try container.decode(Double.self, forKey: .seconds)
                top = try container.decode([[Double]].self, forKey: .top).map { (Int($0[0]), $0[1]) }
            }

            enum CodingKeys: String, CodingKey { case seconds, top }
        }

        var networkxVersion: String
        var loadSeconds: Double
        var peakMemoryMib: Double
        var shortestPath: Paths
        var neighborhood: Neighborhoods
        var betweenness: Betweenness?
    }

    static func run(graph: Graph, small: Graph, pairs: [(Int, Int)], centers: [Int]) throws -> Answer? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-networkx-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try writeEdges(of: graph, to: folder, prefix: "")
        try writeEdges(of: small, to: folder, prefix: "small_")
        try lines(pairs.map { "\($0.0) \($0.1)" }).write(to: folder.appendingPathComponent("pairs.txt"))
        try lines(centers.map(String.init)).write(to: folder.appendingPathComponent("centers.txt"))

        let script = scriptPath()
        print("running NetworkX on the same graph and queries (\(script)); loading millions of edges into it takes a while ...")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, folder.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            print("NetworkX comparison skipped: the script exited with status \(process.terminationStatus) (see its message above)")
            return nil
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Answer.self, from: data)
    }

    private static func writeEdges(of graph: Graph, to folder: URL, prefix: String) throws {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(graph.relations.count * 16)
        for relation in graph.relations {
            bytes.append(contentsOf: "\(relation.subject) \(relation.object)\n".utf8)
        }
        try Data(bytes).write(to: folder.appendingPathComponent("\(prefix)edges.txt"))
        try Data(#"{"entities": \#(graph.entities.count), "relations": \#(graph.relations.count)}"#.utf8)
            .write(to: folder.appendingPathComponent("\(prefix)meta.json"))
    }

    private static func lines(_ items: [String]) -> Data {
        Data((items.joined(separator: "\n") + "\n").utf8)
    }

    /// Scripts/networkx_bench.py, found from the working directory or,
    /// failing that, from this source file's place in the repository.
    private static func scriptPath() -> String {
        let relative = "Scripts/networkx_bench.py"
        if FileManager.default.fileExists(atPath: relative) { return relative }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(relative).path
    }
}
