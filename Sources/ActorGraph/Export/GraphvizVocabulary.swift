/// The names Graphviz accepts for shapes, line styles and arrowheads, so a
/// typo in a `kind` or `relation` declaration is caught by the checker
/// instead of silently drawn as Graphviz's default.
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
    public static let lineStyles: Set<String> = ["solid", "dashed", "dotted", "bold", "tapered"]

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

    /// Whether `text` looks like a Graphviz colour: `#rrggbb`, `#rrggbbaa`
    /// or a colour name made of letters and digits.
    public static func isColor(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        if bytes.first == UInt8(ascii: "#") {
            return (bytes.count == 7 || bytes.count == 9) && bytes.dropFirst().allSatisfy { $0.isHexDigit }
        }
        return !bytes.isEmpty && bytes.allSatisfy { $0.isASCIILetterOrDigit }
    }
}

private extension UInt8 {
    var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }

    var isASCIILetterOrDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self)
    }
}
