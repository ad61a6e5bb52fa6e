/// `.ag`, the language itself: read as it is.
public struct AGImporter: GraphImporter {
    /// The format: `ag`, extension `.ag`.
    public static let format = GraphFormat(name: "ag", extensions: ["ag"], summary: "ActorGraph's own language")

    /// Creates the importer.
    public init() {}

    public var format: GraphFormat { Self.format }

    /// `.ag` has no signature; it is what a file is when nothing else matches.
    public func recognizes(_ leadingBytes: ArraySlice<UInt8>) -> Bool { false }

    public func translate(_ file: SourceFile) -> ImportResult {
        ImportResult(source: file)
    }
}
