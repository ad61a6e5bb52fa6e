/// The one place that turns typed appearances into Graphviz attribute
/// names and values.
enum GraphvizAttributes {
    /// `shape`, `color`, `fontcolor`, `fillcolor`, and `penwidth` when it
    /// differs from the node default the writer declares.
    static func node(_ look: NodeAppearance) -> [(String, String)] {
        var attributes = [("shape", look.shape.name), ("color", look.stroke.name), ("fontcolor", look.text.name), ("fillcolor", look.fill.name)]
        if look.weight != Theme.nodeWeight { attributes.append(("penwidth", number(look.weight))) }
        return attributes
    }

    /// Every edge attribute of `look`.
    static func edge(_ look: EdgeAppearance) -> [(String, String)] {
        var attributes = [("color", look.color.name), ("fontcolor", look.text.name), ("style", look.line.rawValue),
                          ("arrowhead", look.arrowhead.name)]
        if look.isSymmetric { attributes.append(("dir", "none")) }
        if look.weight != Theme.edgeWeight { attributes.append(("penwidth", number(look.weight))) }
        return attributes
    }

    /// The attributes of `look` that differ from `base`, in the order
    /// ``edge(_:)`` writes them: what a relation's own line must add to
    /// its type's defaults.
    static func edge(_ look: EdgeAppearance, over base: EdgeAppearance) -> [(String, String)] {
        let baseValues = Dictionary(edge(base), uniquingKeysWith: { first, _ in first })
        return edge(look).filter { baseValues[$0.0] != $0.1 }
    }

    /// A width as Graphviz reads it: `3`, `2.2`.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
