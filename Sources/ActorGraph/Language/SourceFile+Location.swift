extension SourceFile {
    /// The location of the `length` bytes at `offset`, for a reader outside
    /// this module that reports a problem or two; one that reports many
    /// should hold a `SourceLocator`, which decodes each line once.
    public func location(at offset: Int, length: Int = 1) -> SourceLocation {
        var locator = SourceLocator(self)
        return locator.location(at: offset, length: length)
    }

    /// The location of line `line` (1-based) as a whole, or of the file's
    /// last line when it has fewer: for messages, such as Graphviz's, that
    /// name a line but no column.
    public func location(ofLine line: Int) -> SourceLocation {
        var start = 0, current = 1
        while current < line, let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            start = newline + 1
            current += 1
        }
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        return location(at: start, length: end - start)
    }
}
