extension String {
    /// How many columns the text takes in a layout: its `Character`s,
    /// counted without segmenting graphemes when the text is ASCII with no
    /// carriage return (ids, keys, dates, most names), since a writer of
    /// large graphs measures every cell.
    var layoutWidth: Int {
        for byte in utf8 where byte >= 0x80 || byte == UInt8(ascii: "\r") { return count }
        return utf8.count
    }
}
