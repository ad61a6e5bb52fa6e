/// A GraphML `<key>`: what `<data key="ID">` holds on the elements it is
/// declared for, its type, and its `<default>`.
struct GraphMLKey {
    /// The id `<data>` elements name.
    var id: String
    /// `node`, `edge`, `graph`, `all`, ...; `all` when the key does not say.
    var owner: String
    /// `attr.name`, or the id when there is none.
    var name: String
    /// `attr.type`: `string` when the key does not say.
    var type: String
    /// yEd's `yfiles.type`, such as `nodegraphics`.
    var yFilesType: String?
    /// `<default>`'s text and its element's bytes.
    var fallback: (text: String, span: Range<Int>)?

    /// Whether `<data>` with this key may sit on an element `owner` (`node`, `edge`, `graph`).
    func isDeclared(for owner: String) -> Bool {
        self.owner == "all" || self.owner == owner
    }
}
