/// One value a GraphML or GEXF node or edge has for a declared field (a
/// `<data>`, an `<attvalue>`, or the field's default): what the field
/// means, its text, and where it is.
struct XMLFieldValue {
    var role: XMLFieldRole
    var text: String
    var span: Range<Int>
}
