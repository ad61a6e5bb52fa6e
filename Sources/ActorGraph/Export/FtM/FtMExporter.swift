/// FollowTheMoney entities, one JSON object a line, as Aleph, OpenAleph
/// and the `ftm` tools read them (`ftm validate`, `alephclient
/// write-entities`).
///
/// Persons are `Person`, groups `Organization`, states `PublicBody`,
/// events `Event`, places `Address` and other kinds `LegalEntity`; each
/// relation is an interval entity chosen by its type's role (Membership,
/// Control, Payment, or UnknownLink with the type as `role`), and each
/// source an `Article` (a Document) that entities and relations cite
/// through `proof`.
/// Dates keep their precision (`2024`, `2024-01`). What FtM cannot hold as
/// structure (attributes with their sources, claimants, the wording of
/// citations) is text in `notes`, `description` and `summary`, in the
/// words of the other exports; `docs/formats.md` lists every mapping and
/// what is flattened. Ids derive from ActorGraph's (see `FtMID`), so the
/// same graph gives the same bytes.
public struct FtMExporter: GraphExporter {
    /// Creates the exporter.
    public init() {}

    public var format: GraphFormat {
        GraphFormat(name: "ftm", extensions: ["ftm", "ijson"], summary: "FollowTheMoney entity lines for Aleph and the ftm tools")
    }

    public func export(_ view: GraphView, options: ExportOptions) throws(ExportError) -> ExportedFile {
        var writer = FtMWriter(view)
        return ExportedFile(bytes: writer.write())
    }
}
