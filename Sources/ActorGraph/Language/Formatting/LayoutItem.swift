/// One thing on the top level of a laid-out `.ag` file: a statement or a
/// comment on its own line, with the blank lines before it.
struct LayoutItem {
    enum Content {
        case statement(LayoutStatement)
        /// The comment's text from its `#`, without trailing blanks.
        case comment(String)
    }

    var content: Content
    /// How many blank lines precede it in the file (the writer keeps at most two).
    var blankLinesBefore: Int
}
