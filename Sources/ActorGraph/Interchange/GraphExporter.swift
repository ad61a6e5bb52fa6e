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

/// What an exporter wrote: one file, or a set of files (the CSV formats),
/// and notes for the person who asked (a layout engine chosen for them, a
/// warning from a renderer).
public struct ExportedFile: Sendable {
    /// One file of a set, by its name in the folder or archive.
    public struct Member: Sendable, Hashable {
        /// The file's name, e.g. `entities.csv`.
        public var name: String
        /// Its contents.
        public var bytes: [UInt8]

        /// Names a file of a set.
        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    /// The files of a set, in the order written; empty for a single file.
    public let members: [Member]
    /// Notes to show on standard error.
    public var notes: [String]
    private let single: [UInt8]

    /// Wraps the contents of a single file.
    public init(bytes: [UInt8], notes: [String] = []) {
        single = bytes
        members = []
        self.notes = notes
    }

    /// Wraps a set of files, written to a folder or as one ZIP archive.
    public init(members: [Member], notes: [String] = []) {
        single = []
        self.members = members
        self.notes = notes
    }

    /// Whether this is a set of files rather than one.
    public var isSet: Bool { !members.isEmpty }

    /// The file's contents; for a set, a ZIP archive of its members
    /// (built on each call, since a destination folder never needs it).
    public var bytes: [UInt8] {
        isSet ? ZIPArchive(members).bytes : single
    }

    /// The size of the contents, or of all the members together.
    public var byteCount: Int {
        isSet ? members.reduce(0) { $0 + $1.bytes.count } : single.count
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
