/// A file format ActorGraph reads or writes: the name the command line
/// uses (`--to dot`, `--from ag`) and the file extensions that stand for it.
public struct GraphFormat: Hashable, Sendable {
    /// The format's name, e.g. `dot` or `timeline-svg`.
    public let name: String
    /// File extensions that stand for the format, lower case, without the
    /// dot; the first is the usual one. Empty when only the name selects it.
    public let extensions: [String]
    /// One line on what the format is for, for help texts.
    public let summary: String
    /// Whether the output is binary (an image), so it is never printed to a terminal as text.
    public let isBinary: Bool

    /// Describes a format.
    public init(name: String, extensions: [String], summary: String, isBinary: Bool = false) {
        self.name = name
        self.extensions = extensions
        self.summary = summary
        self.isBinary = isBinary
    }

    /// The extension of the last component of `path`, lower-cased
    /// (`out/graph.SVG` has `svg`), or `nil` when it has none. A leading
    /// dot does not start an extension, so a file called `.png` has none,
    /// as with hidden files on Unix. Every command reads extensions
    /// through this one function.
    public static func fileExtension(of path: String) -> String? {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex else { return nil }
        return name[name.index(after: dot)...].lowercased()
    }
}
