/// A GEXF `<attribute>` column: what `<attvalue for="ID">` holds on the
/// nodes or edges of its class, its type, and its `<default>`.
struct GEXFAttribute {
    /// The id `<attvalue>` elements name.
    var id: String
    /// `title`, or the id when there is none.
    var title: String
    /// `type`: `string` when the column does not say.
    var type: String
    /// `<default>`'s text and its element's bytes.
    var fallback: (text: String, span: Range<Int>)?
}
