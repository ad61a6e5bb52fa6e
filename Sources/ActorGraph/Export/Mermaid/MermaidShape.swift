/// The brackets of a Mermaid flowchart node for a Graphviz shape: the
/// nearest of Mermaid's shapes, a rectangle for the rest.
enum MermaidShape {
    /// The opening and closing brackets around a node's quoted label.
    static func brackets(_ shape: NodeShape) -> (open: String, close: String) {
        switch shape.name {
        case "ellipse", "oval", "egg": return ("([", "])")
        case "circle", "point", "Mcircle": return ("((", "))")
        case "doublecircle": return ("(((", ")))")
        case "diamond", "Mdiamond": return ("{", "}")
        case "hexagon", "pentagon", "septagon", "octagon", "doubleoctagon", "tripleoctagon", "polygon": return ("{{", "}}")
        case "parallelogram": return ("[/", "/]")
        case "trapezium": return ("[/", "\\]")
        case "invtrapezium": return ("[\\", "/]")
        case "cylinder": return ("[(", ")]")
        case "rarrow", "cds", "promoter", "rpromoter": return (">", "]")
        default: return ("[", "]")
        }
    }
}
