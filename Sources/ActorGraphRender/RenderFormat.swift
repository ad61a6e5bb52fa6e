/// An output format Graphviz renders to; the raw value is both Graphviz's format
/// name (`-T` on the command line) and the usual file extension. Which file
/// stands for which format is the format registry's business
/// (`GraphFormat.fileExtension(of:)` in the core library).
public enum RenderFormat: String, CaseIterable, Sendable {
    /// Scalable Vector Graphics (text, UTF-8 XML).
    case svg
    /// Portable Network Graphics, drawn by the cairo plugin.
    case png
    /// Portable Document Format, drawn by the cairo plugin.
    case pdf
}
