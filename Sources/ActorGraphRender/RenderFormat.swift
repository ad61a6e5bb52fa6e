/// An output format Graphviz renders to; the raw value is both Graphviz's format
/// name (`-T` on the command line) and the usual file extension.
public enum RenderFormat: String, CaseIterable, Sendable {
    /// Scalable Vector Graphics (text, UTF-8 XML).
    case svg
    /// Portable Network Graphics, drawn by the cairo plugin.
    case png
    /// Portable Document Format, drawn by the cairo plugin.
    case pdf

    /// The format a file extension stands for, ignoring case and one leading dot
    /// (`"SVG"`, `".png"`); `nil` for any other extension.
    public init?(fileExtension: String) {
        let bare = fileExtension.hasPrefix(".") ? fileExtension.dropFirst() : Substring(fileExtension)
        self.init(rawValue: bare.lowercased())
    }

    /// The format named by the extension of the last component of `path`
    /// (`"out/graph.SVG"` is ``svg``); `nil` when that extension is missing or unknown.
    ///
    /// A leading dot does not start an extension, so a file called `.png` has none,
    /// as with hidden files on Unix.
    public init?(path: String) {
        let fileName = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        self.init(fileExtension: String(fileName[fileName.index(after: dot)...]))
    }
}
