/// The markup that every node of a kind and every plain edge of a type
/// share, written once per export rather than once per item: in a large
/// graph most items differ from their kind or type only by their ids.
struct GEXFTemplates {
    /// Per kind: `<attvalues>` opened with the kind's column.
    let kindValues: [String]
    /// Per kind: `</attvalues>`, the kind's `viz` elements and `</node>`.
    let nodeEnds: [String]
    /// Per type: ` kind="TYPE"`, the edge's kind.
    let edgeKinds: [String]
    /// Per type: `<attvalues>` opened with the type's columns.
    let typeValues: [String]
    /// Per type: the rest of a plain relation, one reported, undated and
    /// uncited that looks exactly like its type: label, values, `viz`, end.
    let plainEdgeEnds: [String]

    init(_ presentation: Presentation) {
        let schema = presentation.graph.schema
        kindValues = schema.kinds.map { "<attvalues><attvalue for=\"n0\" value=\"" + Self.escaped($0.name) + "\"/>" }
        nodeEnds = schema.kinds.indices.map { kind in
            "</attvalues>" + GEXFViz.node(presentation.appearance(ofKind: kind), filled: schema.kinds[kind].style.fill != nil) + "</node>\n"
        }
        edgeKinds = schema.relationTypes.map { " kind=\"" + Self.escaped($0.name) + "\"" }
        let typeValues = schema.relationTypes.map { type in
            "<attvalues><attvalue for=\"e0\" value=\"" + Self.escaped(type.name) + "\"/>" + (type.isSymmetric ? "<attvalue for=\"e3\" value=\"true\"/>" : "")
        }
        self.typeValues = typeValues
        plainEdgeEnds = schema.relationTypes.indices.map { type in
            " label=\"" + Self.escaped(schema.relationTypes[type].name) + "\">" + typeValues[type]
                + "<attvalue for=\"e1\" value=\"" + ClaimStatus.reported.rawValue + "\"/></attvalues>"
                + GEXFViz.edge(presentation.appearance(ofType: type)) + "</edge>\n"
        }
    }

    /// `text` escaped for an XML attribute value.
    static func escaped(_ text: String) -> String {
        var buffer = XMLBuffer()
        buffer.text(text)
        return String(decoding: buffer.storage, as: UTF8.self)
    }
}
