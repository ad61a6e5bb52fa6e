// The look every drawing shares, in typed values. Per-kind and
// per-relation-type styles live in Model/StandardSchema.swift and in
// `kind`/`relation` declarations; this file holds what applies to all of
// them. Fonts and frame styles of Graphviz drawings are in
// Export/DOT/DOTTheme.swift.

/// Weights, fades and status looks shared by every output.
enum Theme {
    /// An entity's outline width.
    static let nodeWeight = 1.4
    /// A relation's line width.
    static let edgeWeight = 1.2
    /// The width of whatever a drawing picks out.
    static let highlightedWeight = 3.0
    /// A confirmed relation's line width: heavier than a plain report.
    static let confirmedWeight = 2.2
    /// Faded entities.
    static let fadedStroke = Color.known("#c8c8c8")
    static let fadedText = Color.known("#a8a8a8")
    static let fadedFill = Color.known("#f6f6f6")
    /// Faded relations.
    static let fadedLine = Color.known("#dddddd")
    static let fadedLabel = Color.known("#c4c4c4")
    /// The colour of legend rows that explain a status, not a type.
    static let neutral = Color.known("#424242")
    /// The fill of a kind declared without one.
    static let unfilled = Color.known("white")

    /// How a relation's claim status changes its type's look: confirmed
    /// is solid and heavier, a claim, an accusation or an assessment dashed, a denial
    /// dotted with a bar for a head. A plain report keeps its type's look.
    static func apply(_ status: ClaimStatus, to appearance: inout EdgeAppearance) {
        switch status {
        case .reported: break
        case .confirmed:
            appearance.line = .solid
            appearance.weight = confirmedWeight
        case .claimed, .alleged, .assessed: appearance.line = .dashed
        case .denied:
            appearance.line = .dotted
            appearance.arrowhead = .tee
        }
    }

    /// Picked out is heavier; faded is pale.
    static func apply(_ emphasis: Emphasis, to appearance: inout NodeAppearance) {
        appearance.emphasis = emphasis
        if emphasis == .highlighted { appearance.weight = highlightedWeight }
        if emphasis == .faded { (appearance.stroke, appearance.text, appearance.fill) = (fadedStroke, fadedText, fadedFill) }
    }

    /// Picked out is heavier; faded is pale.
    static func apply(_ emphasis: Emphasis, to appearance: inout EdgeAppearance) {
        appearance.emphasis = emphasis
        if emphasis == .highlighted { appearance.weight = highlightedWeight }
        if emphasis == .faded { (appearance.color, appearance.text) = (fadedLine, fadedLabel) }
    }
}
