/// A STIX 2.1 bundle, for threat-intelligence platforms such as OpenCTI:
/// entities become identities, threat actors, locations or incidents,
/// relations become relationships, sources become reports written by an
/// author identity that carries the source's reliability, and denials
/// become opinions. What STIX has no property for travels in `x_actorgraph_*`
/// custom properties (the ActorGraph id and kind, claim status and claimants,
/// dates as written, attributes with disputed values side by side, citations
/// with their quoted words). `docs/formats.md` gives the whole mapping.
///
/// Identifiers are UUIDv5 in a fixed namespace (``namespace``), so the same
/// graph gives the same ids every time and a re-import updates objects
/// rather than duplicating them. Timestamps are deterministic too: every
/// object is `created` at the Unix epoch and `modified` on the day of the
/// graph's newest dated source, or at the epoch when that day is earlier.
public struct STIXExporter: GraphExporter {
    /// The namespace of every identifier: the UUIDv5 of the name
    /// `urn:actorgraph:stix` in RFC 4122's URL namespace.
    public static let namespace = "2063b5d4-cfc6-5864-9b5f-7e5b433f9578"

    /// Creates the exporter.
    public init() {}

    public var format: GraphFormat {
        GraphFormat(name: "stix", extensions: ["stix"], summary: "a STIX 2.1 bundle for threat-intelligence platforms such as OpenCTI")
    }

    public func export(_ view: GraphView, options: ExportOptions) throws(ExportError) -> ExportedFile {
        guard let identifiers = NameBasedUUID(namespace: Self.namespace) else { throw ExportError("the STIX namespace is not a UUID") }
        var writer = STIXBundleWriter(view: view, identifiers: identifiers)
        return ExportedFile(bytes: writer.write())
    }
}
