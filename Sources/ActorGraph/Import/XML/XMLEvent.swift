/// One thing an ``XMLPullParser`` reads: a start tag, an end tag, or
/// character data with its references expanded.
enum XMLEvent {
    /// `<name attributes>` or `<name attributes/>`; the latter has no end event.
    case start(XMLStartTag)
    /// `</name>`.
    case end(name: String)
    /// Character data or a CDATA section, line ends normalised to `\n`.
    case text(String)
}

/// An element's start tag, with the bytes diagnostics point at.
struct XMLStartTag {
    /// The qualified name as written (`node`, `y:NodeLabel`).
    var name: String
    /// The attributes in the order written.
    var attributes: [XMLAttribute]
    /// The tag's bytes, from `<` to `>`.
    var span: Range<Int>
    /// Whether it is written `<name/>`, an element with nothing inside.
    var isEmpty: Bool

    /// The local name: `NodeLabel` for `y:NodeLabel`.
    var localName: Substring {
        name.lastIndex(of: ":").map { name[name.index(after: $0)...] } ?? name[...]
    }

    /// The attribute called `name`, if the tag has it.
    func attribute(_ name: String) -> XMLAttribute? {
        attributes.first { $0.name == name }
    }
}

/// `name="value"` in a start tag.
struct XMLAttribute {
    /// The name as written.
    var name: String
    /// The value with its references expanded and its blanks normalised, as XML says.
    var value: String
    /// The value's bytes between the quotes.
    var valueSpan: Range<Int>
}
