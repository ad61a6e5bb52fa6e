/// Why bytes are not well-formed in the format a reader parses (JSON,
/// XML), and where: the offset of the first byte that is wrong and what
/// was expected there. Readers stop at it, as those formats require.
struct ParseFailure: Error {
    /// The byte offset in the file.
    var offset: Int
    /// What is wrong, in words for the user.
    var message: String
}
