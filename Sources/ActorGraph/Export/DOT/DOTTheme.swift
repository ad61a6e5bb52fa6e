// Fonts and frames of every Graphviz drawing. How items look (kinds,
// types, statuses, highlights) is decided by the presentation model, in
// Presentation/Theme.swift and Model/StandardSchema.swift.

/// Fonts, defaults and frame styles shared by every Graphviz drawing.
enum DOTTheme {
    static let fontName = "Liberation Sans"
    static let graph: [(String, String)] = [
        ("fontname", fontName), ("fontsize", "12"), ("labelloc", "t"), ("nodesep", "0.4"), ("ranksep", "0.6"),
        ("bgcolor", "white"), ("pad", "0.3"),
    ]
    static let node: [(String, String)] = [("fontname", fontName), ("fontsize", "11"), ("style", "filled"), ("penwidth", GraphvizAttributes.number(Theme.nodeWeight))]
    static let edge: [(String, String)] = [("fontname", fontName), ("fontsize", "9"), ("penwidth", GraphvizAttributes.number(Theme.edgeWeight))]
    static let clusterStyle: [(String, String)] = [("style", "rounded,dashed"), ("color", "#9e9e9e"), ("fontcolor", "#616161")]
    static let legendStyle: [(String, String)] = [("style", "rounded"), ("color", "#bdbdbd"), ("fontcolor", "#424242")]
}
