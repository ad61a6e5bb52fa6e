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
        // Field by field rather than by comparing attribute lists: this runs
        // for every relation that says anything of its own.
        guard look != base else { return [] }
        var attributes: [(String, String)] = []
        if look.color != base.color { attributes.append(("color", look.color.name)) }
        if look.text != base.text { attributes.append(("fontcolor", look.text.name)) }
        if look.line != base.line { attributes.append(("style", look.line.rawValue)) }
        if look.arrowhead != base.arrowhead { attributes.append(("arrowhead", look.arrowhead.name)) }
        if look.isSymmetric != base.isSymmetric { attributes.append(("dir", look.isSymmetric ? "none" : "forward")) }
        if look.weight != base.weight { attributes.append(("penwidth", number(look.weight))) }
        return attributes
    }

    /// A width as Graphviz reads it: `3`, `2.2`.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
