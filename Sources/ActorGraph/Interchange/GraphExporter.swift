/// Writes a view of a graph in one format. Register an exporter with a
/// ``FormatRegistry`` and every command that exports can use it, by name
/// (`export --to NAME`) or by the output's extension.
///
/// An exporter is deterministic (the same view and options give the same
/// bytes) and injection-safe for its format: user text never changes the
/// structure of what it writes.
public protocol GraphExporter: Sendable {
    /// The format written.
    var format: GraphFormat { get }

    /// The file for `view`.
    func export(_ view: GraphView, options: ExportOptions) throws(ExportError) -> ExportedFile
}

/// Choices for an export. Each exporter reads what applies to it.
public struct ExportOptions: Sendable {
    /// How a drawing looks (legend, clusters, title, highlight, direction).
    public var drawing: DrawingOptions
    /// The layout engine, for exporters that lay the graph out (Graphviz's
    /// `-K`: `dot`, `neato`, `sfdp`, ...); `nil` lets the exporter choose.
    public var engine: String?

    /// Creates options; the defaults export everything plainly.
    public init(drawing: DrawingOptions = DrawingOptions(), engine: String? = nil) {
        self.drawing = drawing
        self.engine = engine
    }
}

/// What an exporter wrote: the bytes, and notes for the person who asked
/// (a layout engine chosen for them, a warning from a renderer).
public struct ExportedFile: Sendable {
    /// The file's contents.
    public var bytes: [UInt8]
    /// Notes to show on standard error.
    public var notes: [String]

    /// Wraps the contents of a file.
    public init(bytes: [UInt8], notes: [String] = []) {
        self.bytes = bytes
        self.notes = notes
    }
}

/// Why an export failed, in words for the person who asked.
public struct ExportError: Error, Sendable, CustomStringConvertible {
    /// What went wrong and what to do.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
