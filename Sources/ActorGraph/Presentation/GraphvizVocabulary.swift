/// The names Graphviz accepts for shapes and arrowheads, which ``NodeShape``
/// and ``Arrowhead`` check against, so a typo in a `kind` or `relation`
/// declaration is caught by the checker instead of silently drawn as
/// Graphviz's default.
public enum GraphvizVocabulary {
    /// Node shapes (Graphviz "Node Shapes" documentation).
    public static let shapes: Set<String> = [
        "box", "polygon", "ellipse", "oval", "circle", "point", "egg", "triangle", "plaintext", "plain",
        "diamond", "trapezium", "parallelogram", "house", "pentagon", "hexagon", "septagon", "octagon",
        "doublecircle", "doubleoctagon", "tripleoctagon", "invtriangle", "invtrapezium", "invhouse",
        "Mdiamond", "Msquare", "Mcircle", "rect", "rectangle", "square", "star", "none", "underline",
        "cylinder", "note", "tab", "folder", "box3d", "component", "promoter", "cds", "terminator", "utr",
        "primersite", "restrictionsite", "fivepoverhang", "threepoverhang", "noverhang", "assembly",
        "signature", "insulator", "ribosite", "rnastab", "proteasesite", "proteinstab", "rpromoter",
        "rarrow", "larrow", "lpromoter",
    ]

    /// Edge line styles.
    public static let lineStyles: Set<String> = Set(LineStyle.allCases.map(\.rawValue))

    /// Arrowhead names: the primitive shapes, with the `o` (open) and
    /// `l`/`r` (half) modifiers where Graphviz allows them.
    public static let arrowheads: Set<String> = {
        let primitives = ["box", "crow", "curve", "icurve", "diamond", "dot", "inv", "none", "normal", "tee", "vee"]
        var names: Set<String> = ["empty", "invempty", "ediamond", "open", "halfopen", "invdot", "invodot"]
        for primitive in primitives {
            names.insert(primitive)
            guard primitive != "none" else { continue }
            for side in ["l", "r"] { names.insert(side + primitive) }
            if !["crow", "curve", "icurve", "tee", "vee"].contains(primitive) {
                names.insert("o" + primitive)
                for side in ["l", "r"] { names.insert("o" + side + primitive) }
            }
        }
        return names
    }()
}
