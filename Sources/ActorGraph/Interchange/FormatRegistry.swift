/// The formats the tool reads and writes, looked up by name, by file
/// extension, or by a file's first bytes. Adding a format is adding an
/// exporter or importer and registering it (see ``standard``).
public struct FormatRegistry: Sendable {
    /// Every exporter, in registration order.
    public private(set) var exporters: [any GraphExporter] = []
    /// Every importer, in registration order.
    public private(set) var importers: [any GraphImporter] = []
    /// Every reader `actorgraph import` can use, in registration order.
    public private(set) var readers: [any GraphReader] = []

    /// An empty registry.
    public init() {}

    /// Adds `exporter`, replacing one registered under the same name.
    public mutating func register(_ exporter: any GraphExporter) {
        exporters.removeAll { $0.format.name == exporter.format.name }
        exporters.append(exporter)
    }

    /// Adds `importer`, replacing one registered under the same name.
    public mutating func register(_ importer: any GraphImporter) {
        importers.removeAll { $0.format.name == importer.format.name }
        importers.append(importer)
    }

    /// Adds `reader`, replacing one registered under the same name; unless
    /// an importer of the format is registered, every command then reads
    /// the format through it (``ReaderImporter``).
    public mutating func register(reader: any GraphReader) {
        readers.removeAll { $0.format.name == reader.format.name }
        readers.append(reader)
        if importer(named: reader.format.name) == nil || importer(named: reader.format.name) is ReaderImporter {
            register(ReaderImporter(reader: reader))
        }
    }

    /// The reader called `name`.
    public func reader(named name: String) -> (any GraphReader)? {
        readers.first { $0.format.name == name.lowercased() }
    }

    /// The reader for `file`: by its extension, else by its first bytes;
    /// `nil` when neither says.
    public func reader(for file: SourceFile) -> (any GraphReader)? {
        if let ext = GraphFormat.fileExtension(of: file.path), let byExtension = readers.first(where: { $0.format.extensions.contains(ext) }) {
            return byExtension
        }
        let leading = file.bytes.prefix(512)
        return readers.first { $0.recognizes(leading) }
    }

    /// The exporter called `name`.
    public func exporter(named name: String) -> (any GraphExporter)? {
        exporters.first { $0.format.name == name.lowercased() }
    }

    /// The exporter that `path`'s extension stands for.
    public func exporter(forPath path: String) -> (any GraphExporter)? {
        guard let ext = GraphFormat.fileExtension(of: path) else { return nil }
        return exporters.first { $0.format.extensions.contains(ext) }
    }

    /// The importer called `name`.
    public func importer(named name: String) -> (any GraphImporter)? {
        importers.first { $0.format.name == name.lowercased() }
    }

    /// The importer for `file`: by its extension, else by its first bytes,
    /// else `.ag`, the language every other format is translated into.
    public func importer(for file: SourceFile) -> any GraphImporter {
        if let ext = GraphFormat.fileExtension(of: file.path), let byExtension = importers.first(where: { $0.format.extensions.contains(ext) }) {
            return byExtension
        }
        let leading = file.bytes.prefix(512)
        return importers.first { $0.recognizes(leading) } ?? importer(named: AGImporter.format.name) ?? AGImporter()
    }

    /// The formats of every exporter, for help texts and messages.
    public var exportFormatNames: [String] { exporters.map(\.format.name) }

    /// What the core library reads and writes: `.ag` and ActorGraph's JSON, and every export format but the Graphviz images;
    /// `actorgraph import` reads CSV and TSV tables.
    public static let standard: FormatRegistry = {
        var registry = FormatRegistry()
        registry.register(AGImporter())
        registry.register(JSONImporter())
        registry.register(reader: JSONImporter())
        registry.register(reader: GraphMLReader())
        registry.register(reader: GEXFReader())
        registry.register(reader: FtMReader())
        registry.register(DOTExporter())
        registry.register(JSONExporter())
        registry.register(GraphMLExporter())
        registry.register(GEXFExporter())
        registry.register(CSVExporter())
        registry.register(Neo4jExporter())
        registry.register(CypherExporter())
        registry.register(FtMExporter())
        registry.register(STIXExporter())
        registry.register(MermaidExporter())
        registry.register(TimelineSVGExporter())
        registry.register(reader: CSVReader())
        registry.register(reader: CSVReader(format: CSVReader.tsv))
        return registry
    }()
}
