/// Where the report files sources name (`file:`) are looked up, for the
/// quote check and every reading of reports, and whether quotes are checked.
public enum ReportLocation: Hashable, Sendable {
    /// Beside the first file; quotes are checked only when some report is
    /// found there, so a graph whose reports live elsewhere loads quietly.
    case besideFirstFile
    /// In this folder (`--reports DIR`); a report missing there is warned about.
    case folder(String)
    /// Nowhere: quotes are not checked (`--no-quote-check`).
    case unchecked

    /// `--reports` and `--no-quote-check` as given on the command line.
    public init(folder: String?, checksQuotes: Bool) {
        if !checksQuotes { self = .unchecked } else { self = folder.map(ReportLocation.folder) ?? .besideFirstFile }
    }

    /// The folder reports are looked up in for a graph read from `paths`
    /// (`-` is standard input): the given one, or the first file's.
    public func folder(for paths: [String]) -> String {
        if case .folder(let folder) = self { return folder }
        let first = paths.first { $0 != "-" }
        return first.map { path in path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "." } ?? "."
    }

    /// The text of the report `file` (a `file:` value as written: relative
    /// to the folder, or absolute) for a graph read from `paths`, or `nil`
    /// when it cannot be read.
    public func text(of file: String, for paths: [String]) -> String? {
        let path = file.hasPrefix("/") ? file : folder(for: paths) + "/" + file
        return (try? GraphLoader.read(path)).map { String(decoding: $0.bytes, as: UTF8.self) }
    }
}
