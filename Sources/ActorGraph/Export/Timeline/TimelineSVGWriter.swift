/// Draws a ``Timeline`` as a standalone SVG 1.1 document, written directly
/// rather than laid out by Graphviz, since a timeline is just rows.
///
/// A vertical axis runs down the left with a mark per entry: a dot for a
/// dated event, a short bar for a span. Beside it stand the date and the
/// relation, its type in the type's colour. A claim or an accusation is
/// drawn hollow and dashed with italic text, a denial hollow and dotted
/// with its text struck through. Hovering over a row shows the sources
/// that report it.
///
/// Output is deterministic (the same bytes for the same input) and every
/// piece of user text is escaped, so no name can change the document's
/// structure. Colours, how firmly each row is drawn and the tooltip's
/// evidence come from the ``Presentation``; colours are drawn as their
/// closest SVG paint (``Color/css(fallback:)``).
public struct TimelineSVGWriter: Sendable {
    /// Creates a writer.
    public init() {}

    private static let margin = 20
    private static let rowHeight = 28
    private static let titleHeight = 32
    private static let fontSize = 13
    private static let titleFontSize = 16
    private static let axisX = 30
    private static let gap = 16
    private static let fontFamily = "Liberation Sans, Arial, sans-serif"

    /// The SVG document for the timeline of `view`, with `title` above it when given.
    public func write(_ view: GraphView, title: String?) -> String {
        write(Timeline(view), of: Presentation(view), title: title)
    }

    /// The SVG document for `timeline`, whose entries are relations of
    /// `presentation`'s graph, with `title` above it when given.
    public func write(_ timeline: Timeline, of presentation: Presentation, title: String?) -> String {
        let graph = presentation.graph
        let top = Self.margin + (title == nil ? 0 : Self.titleHeight)
        let dates = timeline.entries.map(\.time.description)
        let claims = timeline.entries.map { graph.claim(of: $0.relation).map { "(\($0))" } }
        let lineLengths = zip(timeline.entries, claims).map { graph.sentence(for: $0.relation).count + ($1.map { $0.count + 1 } ?? 0) }
        let dateX = Self.axisX + Self.gap
        let sentenceX = dateX + Self.textWidth(dates.map(\.count).max() ?? 0) + Self.gap
        var width = sentenceX + Self.textWidth(lineLengths.max() ?? 0) + Self.margin
        if let title { width = max(width, Self.margin * 2 + Self.textWidth(title.count, fontSize: Self.titleFontSize)) }
        let emptyMessage = "no dated relations"
        if timeline.isEmpty { width = max(width, Self.margin * 2 + Self.textWidth(emptyMessage.count)) }
        let height = top + max(timeline.entries.count, 1) * Self.rowHeight + Self.margin

        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(width)\" height=\"\(height)\""
        out += " viewBox=\"0 0 \(width) \(height)\" font-family=\"\(Self.fontFamily)\" font-size=\"\(Self.fontSize)\">\n"
        out += "<title>\(XMLBuffer.escaped(title ?? "Timeline"))</title>\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\" fill=\"white\"/>\n"
        if let title {
            out += "<text class=\"title\" x=\"\(Self.margin)\" y=\"\(Self.margin + 18)\" font-size=\"\(Self.titleFontSize)\""
            out += " font-weight=\"bold\" fill=\"#212121\">\(XMLBuffer.escaped(title))</text>\n"
        }
        guard !timeline.isEmpty else {
            out += "<text class=\"empty\" x=\"\(Self.margin)\" y=\"\(top + Self.rowHeight / 2 + 5)\" fill=\"#616161\">\(emptyMessage)</text>\n"
            return out + "</svg>\n"
        }
        let axisBottom = top + timeline.entries.count * Self.rowHeight - 4
        out += "<line class=\"axis\" x1=\"\(Self.axisX)\" y1=\"\(top + 4)\" x2=\"\(Self.axisX)\" y2=\"\(axisBottom)\""
        out += " stroke=\"#bdbdbd\" stroke-width=\"2\"/>\n"
        for (row, entry) in timeline.entries.enumerated() {
            let relation = graph.relations[entry.relation]
            let type = graph.schema.relationTypes[relation.type]
            let shown = presentation.relation(entry.relation)
            let color = shown.appearance.color.css(fallback: Self.fallbackColor)
            let rowTop = top + row * Self.rowHeight
            let middle = rowTop + Self.rowHeight / 2
            let baseline = middle + 5
            out += "<g class=\"entry \(relation.status.rawValue)\">\n"
            out += "<title>\(XMLBuffer.escaped(shown.evidence.isEmpty ? "no source cited" : shown.evidence.joined(separator: "\n")))</title>\n"
            // An unpainted row-wide rectangle, so the tooltip shows anywhere
            // along the row and not only over the glyphs.
            out += "<rect x=\"0\" y=\"\(rowTop)\" width=\"\(width)\" height=\"\(Self.rowHeight)\" fill=\"white\" fill-opacity=\"0\"/>\n"
            let paint = Self.markPaint(shown.assertion, color: color)
            if entry.time.isEvent {
                out += "<circle cx=\"\(Self.axisX)\" cy=\"\(middle)\" r=\"5\"\(paint)/>\n"
            } else {
                out += "<rect x=\"\(Self.axisX - 3)\" y=\"\(middle - 9)\" width=\"6\" height=\"18\" rx=\"2\"\(paint)/>\n"
            }
            out += "<text x=\"\(dateX)\" y=\"\(baseline)\" fill=\"#424242\">\(XMLBuffer.escaped(dates[row]))</text>\n"
            out += "<text x=\"\(sentenceX)\" y=\"\(baseline)\" fill=\"#212121\"\(Self.textStyle(shown.assertion))>"
            out += XMLBuffer.escaped(graph.entities[relation.subject].name)
            out += " <tspan fill=\"\(color)\">-\(XMLBuffer.escaped(type.name))-&gt;</tspan> "
            out += XMLBuffer.escaped(graph.entities[relation.object].name)
            // The space stays outside the tspan, where renderers do not drop it.
            if let claim = claims[row] { out += " <tspan fill=\"#616161\">\(XMLBuffer.escaped(claim))</tspan>" }
            out += "</text>\n</g>\n"
        }
        return out + "</svg>\n"
    }

    /// A firm statement is a filled mark; a claim, accusation or denial a
    /// hollow one whose outline says which.
    private static func markPaint(_ assertion: Assertion, color: String) -> String {
        switch assertion {
        case .firm: return " fill=\"\(color)\""
        case .contested: return " fill=\"white\" stroke=\"\(color)\" stroke-width=\"1.5\" stroke-dasharray=\"3,2\""
        case .denied: return " fill=\"white\" stroke=\"\(color)\" stroke-width=\"1.5\" stroke-dasharray=\"1,2\""
        }
    }

    private static func textStyle(_ assertion: Assertion) -> String {
        switch assertion {
        case .firm: return ""
        case .contested: return " font-style=\"italic\""
        case .denied: return " text-decoration=\"line-through\""
        }
    }

    /// An estimate of how wide `count` characters are drawn, since the
    /// writer cannot measure text: about 7.5 px a character at 13 px.
    private static func textWidth(_ count: Int, fontSize: Int = fontSize) -> Int {
        (count * 75 * fontSize + 129) / 130
    }

    private static let fallbackColor = Schema.defaultRelationStyle.color.name
}
