import ActorGraph
import ActorGraphRender
import ArgumentParser

/// Writes a drawing of a graph: DOT for `.dot`, otherwise an image laid
/// out by Graphviz in process, the format taken from the extension.
enum Drawing {
    /// The image format for `path`, or `nil` for DOT; throws a usage error
    /// for anything else.
    static func format(for path: String, explicit: String? = nil, option: String) throws -> RenderFormat? {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        let name = explicit ?? (file.contains(".") ? String(file.split(separator: ".").last!) : "")
        if name.lowercased() == "dot" { return nil }
        if let format = RenderFormat(fileExtension: name) { return format }
        if explicit != nil { throw ValidationError("unknown format '\(name)'; use svg, png, pdf or dot") }
        throw ValidationError("cannot tell the format of \(option) '\(path)'; end it in .svg, .png, .pdf or .dot")
    }

    /// Writes `graph` to `path` in `format` (DOT when `nil`).
    static func write(_ graph: Graph, options: DOTOptions, to path: String, format: RenderFormat?, engine: GraphvizEngine?) throws {
        let writer = DOTWriter(options: options)
        guard let format else {
            try OutputFile(path: path).write(writer.bytes(graph))
            return
        }
        let chosen = engine ?? GraphvizEngine.recommended(forNodeCount: graph.entities.count)
        if engine == nil && chosen != .dot {
            Console.error("note: \(graph.entities.count) entities: using \(chosen.rawValue), since dot's layout grows steeply past \(GraphvizEngine.largeGraphNodeThreshold); pass --engine dot to insist")
        }
        let image: [UInt8]
        var warnings: [String] = []
        do {
            image = try Graphviz.render(dot: writer.write(graph), format: format, engine: chosen, warnings: &warnings)
            // Graphviz still draws after a warning (an unknown font, a bad -G
            // value), but the drawing may not be what was asked for.
            for warning in warnings { Console.error("note: Graphviz: \(warning)") }
        } catch {
            Console.error("error: Graphviz could not draw the graph: \(error); nothing written")
            throw ExitCode(1)
        }
        try OutputFile(path: path).write(image)
    }
}
