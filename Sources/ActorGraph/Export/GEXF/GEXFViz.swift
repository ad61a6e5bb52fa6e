/// The GEXF 1.3 `viz` elements for what the presentation model decides.
/// GEXF knows four node shapes besides pictures (`disc`, `square`,
/// `triangle`, `diamond`; `image` needs a picture, which graphs do not
/// have) and four line shapes; each Graphviz shape maps to the nearest.
enum GEXFViz {
    /// A node's colour and shape. Gephi fills a node with one colour and
    /// draws no outline of its own, so a kind without a fill shows its
    /// outline colour: a white disc would vanish on Gephi's white canvas.
    static func node(_ appearance: NodeAppearance, filled: Bool) -> String {
        color(filled ? appearance.fill : appearance.stroke) + "<viz:shape value=\"" + shape(appearance.shape) + "\"/>"
    }

    /// An edge's colour, width and line.
    static func edge(_ appearance: EdgeAppearance) -> String {
        color(appearance.color) + "<viz:thickness value=\"" + String(appearance.weight) + "\"/><viz:shape value=\"" + line(appearance.line) + "\"/>"
    }

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
    private static func color(_ color: Color) -> String {
        guard let rgb = color.rgb else { return "" }
        return "<viz:color r=\"\(rgb.red)\" g=\"\(rgb.green)\" b=\"\(rgb.blue)\"/>"
    }
}
