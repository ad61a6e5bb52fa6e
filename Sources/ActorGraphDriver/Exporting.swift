import ActorGraph
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Picks an exporter for a destination and writes what it exports.
public struct Exporting: Sendable {
    /// The formats that can be written.
    public var registry: FormatRegistry

    /// Exports through the formats of `registry`.
    public init(registry: FormatRegistry = .tool) {
        self.registry = registry
    }

    /// The exporter for `destination`: the one named `format`, else the
    /// one its extension stands for. `option` names the flag that gave the
    /// destination, for messages.
    public func exporter(format: String?, destination: String, option: String = "-o") throws(ToolError) -> any GraphExporter {
        let names = registry.exportFormatNames.joined(separator: ", ")
        if destination.isEmpty { throw ToolError(.usage, id: "usage", "\(option) needs a file name, a folder, or '-' for standard output") }
        if let format {
            guard let exporter = registry.exporter(named: format) else {
                throw ToolError(.usage, id: "unknown-format", "unknown output format '\(format)'; use one of \(names)")
            }
            return exporter
        }
        if destination == "-" {
            throw ToolError(.usage, id: "format-needed", "writing to standard output needs --to FORMAT (one of \(names))")
        }
        guard let exporter = registry.exporter(forPath: destination) else {
            let ext = GraphFormat.fileExtension(of: destination).map { "'.\($0)'" } ?? "no extension"
            throw ToolError(.usage, id: "format-unknown-extension",
                            "cannot tell the format of \(option) '\(destination)' (\(ext)); end it in \(registry.exporters.flatMap(\.format.extensions).map { "." + $0 }.joined(separator: ", ")) or give --to FORMAT")
        }
        return exporter
    }

    /// Exports `view` with `exporter` to `destination`, atomically,
    /// reporting the exporter's notes; refuses to overwrite an input.
    public func write(_ view: GraphView, with exporter: any GraphExporter, options: ExportOptions, to destination: String,
                      inputs: [String], reporter: DiagnosticReporter) throws(ToolError) {
        let output = OutputDestination(path: destination)
        try output.refuseOverwriting(inputs)
        let file: ExportedFile
        do {
            file = try exporter.export(view, options: options)
        } catch {
            throw ToolError(.input, id: "export-failed", error.message + "; nothing written")
        }
        if file.isSet { try output.refuseOverwriting(inputs, members: file.members) }
        for note in file.notes { reporter.note(note) }
        // An image or a ZIP archive shown on a terminal is noise, and can
        // hold bytes the terminal takes for control sequences.
        if output.isStandardOutput, exporter.format.isBinary || file.isSet, isatty(STDOUT_FILENO) != 0 {
            throw ToolError(.usage, id: "binary-to-terminal",
                            "\(exporter.format.name) output is \(file.isSet ? "a ZIP archive" : "binary"); redirect standard output to a file or a pipe, or name a file with -o")
        }
        try output.write(file)
    }
}
