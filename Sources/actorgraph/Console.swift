import Foundation

/// Writes to standard error, where diagnostics and notes go so standard
/// output stays clean for DOT and images.
enum Console {
    static func error(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
