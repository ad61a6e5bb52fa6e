import Foundation

/// Folds names so that spellings analysts treat as the same match: case,
/// diacritics, punctuation and spaces are ignored, so "al nujabaa",
/// "Al-Nujaba'a" and "AL NUJABAA" share one key.
public enum NameKey {
    /// The folded key of `text`; empty when `text` has no letters or digits.
    public static func fold(_ text: String) -> String {
        // Most ids and names are ASCII; folding them byte by byte, straight
        // into the new string's storage, avoids Unicode normalisation on
        // the parser's hot path.
        if text.utf8.contains(where: { $0 >= 0x80 }) { return foldUnicode(text) }
        return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var count = 0
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    buffer[count] = byte
                    count += 1
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    buffer[count] = byte + 32
                    count += 1
                default:
                    continue
                }
            }
            return count
        }
    }

    private static func foldUnicode(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                if properties.isAlphabetic || properties.numericType != nil {
                    scalars.append(scalar)
                }
            }
        }
        return String(scalars)
    }
}
