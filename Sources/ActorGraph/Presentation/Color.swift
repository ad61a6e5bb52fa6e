/// A colour as `.ag` files write it: `#rrggbb`, `#rrggbbaa`, or a
/// colour name made of letters and digits (Graphviz's X11 names such as
/// `gray40` or `darkgreen`).
///
/// Graphviz reads every such name; SVG, HTML and CSS know only some, so
/// ``css(fallback:)`` gives the closest colour they can draw.
public struct Color: Hashable, Sendable, CustomStringConvertible {
    /// The colour as written, lower-cased when it is hexadecimal.
    public let name: String

    /// The colour `text` writes, or `nil` when it is not a colour.
    public init?(_ text: String) {
        guard Self.isColor(text) else { return nil }
        name = text.first == "#" ? text.lowercased() : text
    }

    private init(known name: String) { self.name = name }

    public var description: String { name }

    /// The colour as CSS and SVG 1.1 paint. `grayNN` is converted, a
    /// numbered variant such as `red3` is drawn in its base hue, and a name
    /// CSS does not know becomes `fallback`. Only values from here reach
    /// paint attributes, so an odd colour cannot break the markup.
    public func css(fallback: String = "#424242") -> String {
        let name = self.name.lowercased()
        if name.first == "#" {
            // SVG 1.1 has no alpha in hex colours; the colour without it is the closest.
            return String(name.prefix(7))
        }
        if Self.cssNames.contains(name) { return name }
        let digits = name.reversed().prefix { $0.isASCII && $0.isNumber }.count
        let base = String(name.dropLast(digits))
        guard digits > 0, let number = Int(name.suffix(digits)) else { return fallback }
        if (base == "gray" || base == "grey"), number <= 100 {
            // X11's grayNN: NN percent of full brightness, halves rounded down.
            let level = (number * 255 + 49) / 100
            let hex = String(level, radix: 16)
            let pair = hex.count == 1 ? "0" + hex : hex
            return "#" + pair + pair + pair
        }
        if (1...4).contains(number), Self.cssNames.contains(base) { return base }
        return fallback
    }

    /// The red, green and blue components 0-255, where the colour has a
    /// hex form (written `#rrggbb`, or a CSS grey level); `nil` for a name
    /// only Graphviz can resolve.
    public var rgb: (red: Int, green: Int, blue: Int)? {
        let paint = css(fallback: "")
        guard paint.first == "#", paint.count == 7, let value = Int(paint.dropFirst(), radix: 16) else {
            return paint == "white" ? (255, 255, 255) : paint == "black" ? (0, 0, 0) : nil
        }
        return (value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF)
    }

    /// `#rrggbb` in lower case, where the colour has an RGB form (see
    /// ``rgb``): the one spelling formats without Graphviz's colour names
    /// take (Mermaid, yEd).
    public var hex: String? {
        guard let rgb else { return nil }
        let digits = Array("0123456789abcdef")
        return "#" + String([rgb.red, rgb.green, rgb.blue].flatMap { [digits[$0 >> 4], digits[$0 & 0xF]] })
    }

    /// Whether `text` looks like a colour: `#rrggbb`, `#rrggbbaa` or a
    /// name made of ASCII letters and digits.
    public static func isColor(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        if bytes.first == UInt8(ascii: "#") {
            return (bytes.count == 7 || bytes.count == 9) && bytes.dropFirst().allSatisfy { $0.isHexDigit }
        }
        return !bytes.isEmpty && bytes.allSatisfy { $0.isASCIILetterOrDigit }
    }

    /// Names a colour known to be valid.
    static func known(_ name: String) -> Color { Color(known: name) }

    /// The colour keywords SVG 1.1 (and CSS) define.
    static let cssNames: Set<String> = [
        "aliceblue", "antiquewhite", "aqua", "aquamarine", "azure", "beige", "bisque", "black", "blanchedalmond", "blue",
        "blueviolet", "brown", "burlywood", "cadetblue", "chartreuse", "chocolate", "coral", "cornflowerblue", "cornsilk",
        "crimson", "cyan", "darkblue", "darkcyan", "darkgoldenrod", "darkgray", "darkgreen", "darkgrey", "darkkhaki",
        "darkmagenta", "darkolivegreen", "darkorange", "darkorchid", "darkred", "darksalmon", "darkseagreen",
        "darkslateblue", "darkslategray", "darkslategrey", "darkturquoise", "darkviolet", "deeppink", "deepskyblue",
        "dimgray", "dimgrey", "dodgerblue", "firebrick", "floralwhite", "forestgreen", "fuchsia", "gainsboro",
        "ghostwhite", "gold", "goldenrod", "gray", "grey", "green", "greenyellow", "honeydew", "hotpink", "indianred",
        "indigo", "ivory", "khaki", "lavender", "lavenderblush", "lawngreen", "lemonchiffon", "lightblue", "lightcoral",
        "lightcyan", "lightgoldenrodyellow", "lightgray", "lightgreen", "lightgrey", "lightpink", "lightsalmon",
        "lightseagreen", "lightskyblue", "lightslategray", "lightslategrey", "lightsteelblue", "lightyellow", "lime",
        "limegreen", "linen", "magenta", "maroon", "mediumaquamarine", "mediumblue", "mediumorchid", "mediumpurple",
        "mediumseagreen", "mediumslateblue", "mediumspringgreen", "mediumturquoise", "mediumvioletred", "midnightblue",
        "mintcream", "mistyrose", "moccasin", "navajowhite", "navy", "oldlace", "olive", "olivedrab", "orange",
        "orangered", "orchid", "palegoldenrod", "palegreen", "paleturquoise", "palevioletred", "papayawhip", "peachpuff",
        "peru", "pink", "plum", "powderblue", "purple", "red", "rosybrown", "royalblue", "saddlebrown", "salmon",
        "sandybrown", "seagreen", "seashell", "sienna", "silver", "skyblue", "slateblue", "slategray", "slategrey", "snow",
        "springgreen", "steelblue", "tan", "teal", "thistle", "tomato", "turquoise", "violet", "wheat", "white",
        "whitesmoke", "yellow", "yellowgreen",
    ]

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
