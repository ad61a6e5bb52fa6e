/// The markup that every node of a kind and every edge of a type share,
/// as bytes written once per export rather than built once per item: in a
/// large graph most items differ from their kind or type only by their
/// ids and names.
struct GraphMLTemplates {
    /// Per kind: from the end of the name to the start of the aliases,
    /// with the kind's `kind` data between.
    let kindData: [[UInt8]]
    /// Per kind: ` (KIND)`, what follows the id on the first line of the
    /// evidence (``EvidenceText/entity(_:in:)``).
    let kindHeadings: [[UInt8]]
    /// Per kind: the end of the evidence and the fill's `r`, `g`, `b`.
    let kindColors: [[UInt8]]
    /// Per kind: the yFiles node up to its label.
    let kindGraphics: [[UInt8]]
    /// Per kind: the rest of the yFiles node, with the kind's shape, and `</node>`.
    let kindShapeEnds: [[UInt8]]
    /// Per type: from the end of the label to the start of the status,
    /// with the type's `type` data between.
    let typeData: [[UInt8]]
    /// Per type, for each claim status: the yFiles edge up to its label.
    private let typeGraphics: [[ClaimStatus: [UInt8]]]
    /// The rest of the yFiles edge and `</edge>`.
    let edgeEnd: [UInt8] = Array("</y:EdgeLabel></y:PolyLineEdge></data>\n    </edge>\n".utf8)
    /// Per type: everything after the start tag of a plain relation, one
    /// that looks exactly like its type and says nothing of its own
    /// (``Presentation/isPlain(relation:)``): its label is the type's name.
    let plainEdgeBodies: [[UInt8]]

    init(_ presentation: Presentation) {
        let schema = presentation.graph.schema
        kindData = schema.kinds.map { Array(("</data>\n      <data key=\"n1\">" + XMLBuffer.escaped($0.name) + "</data>\n      <data key=\"n2\">").utf8) }
        kindHeadings = schema.kinds.map { Array((" (" + XMLBuffer.escaped($0.name) + ")").utf8) }
        let looks = schema.kinds.indices.map { presentation.appearance(ofKind: $0) }
        kindColors = looks.map { look in
            let rgb = look.fill.rgb.map { "      <data key=\"n6\">\($0.red)</data>\n      <data key=\"n7\">\($0.green)</data>\n      <data key=\"n8\">\($0.blue)</data>\n" }
            return Array(("</data>\n" + (rgb ?? "")).utf8)
        }
        kindGraphics = looks.map { look in
            Array(("      <data key=\"yn\"><y:ShapeNode><y:Fill color=\"\(YFiles.color(look.fill))\" transparent=\"false\"/>"
                + "<y:BorderStyle color=\"\(YFiles.color(look.stroke))\" type=\"line\" width=\"\(GraphMLNumber.text(look.weight))\"/>"
                + "<y:NodeLabel textColor=\"\(YFiles.color(look.text))\">").utf8)
        }
        kindShapeEnds = looks.map { Array(("</y:NodeLabel><y:Shape type=\"\(YFiles.shape($0.shape))\"/></y:ShapeNode></data>\n    </node>\n").utf8) }
        let typeData = schema.relationTypes.map { Array(("</data>\n      <data key=\"e1\">" + XMLBuffer.escaped($0.name) + "</data>\n      <data key=\"e2\">").utf8) }
        self.typeData = typeData
        typeGraphics = schema.relationTypes.indices.map { type in
            Dictionary(uniqueKeysWithValues: ClaimStatus.allCases.map { ($0, Self.edgeGraphics(presentation.appearance(ofType: type, status: $0))) })
        }
        let edgeEnd = edgeEnd
        plainEdgeBodies = schema.relationTypes.indices.map { type in
            let name = Array(XMLBuffer.escaped(schema.relationTypes[type].name).utf8)
            return Array("      <data key=\"e0\">".utf8) + name + typeData[type] + Array(ClaimStatus.reported.rawValue.utf8)
                + Array("</data>\n      <data key=\"e3\">[]</data>\n      <data key=\"e7\">[]</data>\n      <data key=\"e8\">[]</data>\n      <data key=\"e9\"></data>\n".utf8)
                + Self.edgeGraphics(presentation.appearance(ofType: type, status: .reported)) + name + edgeEnd
        }
    }

    /// The yFiles edge up to its label, for a relation of `type` whose claim is `status`.
    func graphics(ofType type: Int, status: ClaimStatus) -> [UInt8] {
        // Every status has its entry: the table is built from `allCases`.
        typeGraphics[type][status, default: []]
    }

    private static func edgeGraphics(_ look: EdgeAppearance) -> [UInt8] {
        Array(("      <data key=\"ye\"><y:PolyLineEdge><y:LineStyle color=\"\(YFiles.color(look.color))\" "
            + "type=\"\(YFiles.line(look.line))\" width=\"\(GraphMLNumber.text(look.weight))\"/>"
            + "<y:Arrows source=\"none\" target=\"\(YFiles.arrow(look.arrowhead))\"/><y:EdgeLabel textColor=\"\(YFiles.color(look.text))\">").utf8)
    }
}
