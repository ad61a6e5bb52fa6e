/// The markup that every node of a kind and every edge of a type share,
/// as bytes written once per export rather than built once per item: in
/// a large graph most items differ from their kind or type only by their
/// ids.
struct GEXFTemplates {
    /// Per kind: `<attvalues>` opened with the kind's column.
    let kindValues: [[UInt8]]
    /// Per kind: `</attvalues>`, the kind's `viz` elements and `</node>`.
    let nodeEnds: [[UInt8]]
    /// Per type: ` kind="TYPE"`, the edge's kind.
    let edgeKinds: [[UInt8]]
    /// Per type: `<attvalues>` opened with the type's columns.
    let typeValues: [[UInt8]]
    /// Per type: the rest of a plain relation, one reported, undated and
    /// uncited that looks exactly like its type: label, values, `viz`, end.
    let plainEdgeEnds: [[UInt8]]
    /// Per type, for each claim status: `</attvalues>`, the `viz`
    /// elements and `</edge>`.
    private let edgeEnds: [[ClaimStatus: [UInt8]]]

    init(_ presentation: Presentation) {
        let schema = presentation.graph.schema
        kindValues = schema.kinds.map { Array(("<attvalues><attvalue for=\"n0\" value=\"" + XMLBuffer.escaped($0.name) + "\"/>").utf8) }
        nodeEnds = schema.kinds.indices.map { kind in
            Array(("</attvalues>" + GEXFViz.node(presentation.appearance(ofKind: kind), filled: schema.kinds[kind].style.fill != nil) + "</node>\n").utf8)
        }
        edgeKinds = schema.relationTypes.map { Array((" kind=\"" + XMLBuffer.escaped($0.name) + "\"").utf8) }
        let typeValues = schema.relationTypes.map { type in
            Array(("<attvalues><attvalue for=\"e0\" value=\"" + XMLBuffer.escaped(type.name) + "\"/>"
                + (type.isSymmetric ? "<attvalue for=\"e3\" value=\"true\"/>" : "")).utf8)
        }
        self.typeValues = typeValues
        let edgeEnds = schema.relationTypes.indices.map { type in
            Dictionary(uniqueKeysWithValues: ClaimStatus.allCases.map { status in
                (status, Array(("</attvalues>" + GEXFViz.edge(presentation.appearance(ofType: type, status: status)) + "</edge>\n").utf8))
            })
        }
        self.edgeEnds = edgeEnds
        plainEdgeEnds = schema.relationTypes.indices.map { type in
            Array((" label=\"" + XMLBuffer.escaped(schema.relationTypes[type].name) + "\">").utf8) + typeValues[type]
                + Array(("<attvalue for=\"e1\" value=\"" + ClaimStatus.reported.rawValue + "\"/>").utf8) + edgeEnds[type][.reported, default: []]
        }
    }

    /// `</attvalues>`, the `viz` elements and `</edge>`, for a relation of
    /// `type` whose claim is `status`.
    func edgeEnd(ofType type: Int, status: ClaimStatus) -> [UInt8] {
        // Every status has its entry: the table is built from `allCases`.
        edgeEnds[type][status, default: []]
    }
}
