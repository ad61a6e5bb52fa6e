/// The GEXF 1.3 `viz` words for what the presentation model decides.
/// GEXF knows four node shapes besides pictures (`disc`, `square`,
/// `triangle`, `diamond`; `image` needs a picture, which graphs do not
/// have) and four line shapes; each Graphviz shape maps to the nearest.
enum GEXFViz {
    /// Many-sided outlines read as round, pointed ones as a triangle or a
    /// diamond, and everything else (boxes, notes, folders...) as a square.
    static func shape(_ shape: NodeShape) -> String {
        switch shape.name {
        case "ellipse", "oval", "circle", "doublecircle", "Mcircle", "point", "egg",
             "pentagon", "hexagon", "septagon", "octagon", "doubleoctagon", "tripleoctagon", "polygon":
            return "disc"
        case "triangle", "invtriangle", "house", "invhouse": return "triangle"
        case "diamond", "Mdiamond", "star": return "diamond"
        default: return "square"
        }
    }

    /// `bold` and `tapered` have no GEXF counterpart; their line is solid.
    static func line(_ line: LineStyle) -> String {
        switch line {
        case .solid, .bold, .tapered: return "solid"
        case .dashed: return "dashed"
        case .dotted: return "dotted"
        }
    }

    /// `<viz:color r=".." g=".." b=".."/>`, or nothing for a colour with no
    /// hex form: the reader's default is better than a guess.
    static func color(_ color: Color, indent: String, to out: inout XMLBuffer) {
        guard let rgb = color.rgb else { return }
        out.raw("\(indent)<viz:color r=\"\(rgb.red)\" g=\"\(rgb.green)\" b=\"\(rgb.blue)\"/>\n")
    }
}
