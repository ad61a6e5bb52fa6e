/// yEd's names for what the presentation model decides, for the yFiles
/// blocks of GraphML. yEd has fewer shapes and arrowheads than Graphviz;
/// each maps to the nearest, and the rest to a rectangle or a plain arrow.
enum YFiles {
    static func shape(_ shape: NodeShape) -> String {
        switch shape.name {
        case "ellipse", "oval", "circle", "doublecircle", "point": return "ellipse"
        case "hexagon": return "hexagon"
        case "octagon", "doubleoctagon", "tripleoctagon": return "octagon"
        case "diamond", "Mdiamond": return "diamond"
        case "triangle", "invtriangle": return "triangle"
        case "parallelogram": return "parallelogram"
        case "trapezium", "invtrapezium": return "trapezoid"
        case "box3d": return "rectangle3d"
        default: return "rectangle"
        }
    }

    static func line(_ line: LineStyle) -> String {
        switch line {
        case .solid, .bold, .tapered: return "line"
        case .dashed: return "dashed"
        case .dotted: return "dotted"
        }
    }

    static func arrow(_ head: Arrowhead) -> String {
        switch head.name {
        case "none": return "none"
        case "diamond": return "diamond"
        case "odiamond": return "white_diamond"
        case "empty", "onormal": return "white_delta"
        case "tee": return "t_shape"
        case "vee", "open": return "short"
        default: return "standard"
        }
    }

    /// `#RRGGBB`, the form yEd writes; a colour with no hex form becomes grey.
    static func color(_ color: Color) -> String {
        color.hex?.uppercased() ?? "#808080"
    }
}
