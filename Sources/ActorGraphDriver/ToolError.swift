import ActorGraph

/// A failure the tool reports to its user: what went wrong, where, what to
/// do, and which exit status it means. Every library error a command can
/// meet is turned into one of these in one place (``init(_:)``), so each
/// command prints the same words for the same failure.
public struct ToolError: Error, Sendable, CustomStringConvertible {
    /// Which exit status a failure gives: 1 for bad input or a failed
    /// write, 2 for bad usage, as Unix tools do.
    public enum Kind: Sendable {
        /// The input is wrong (a file with errors, an unknown actor).
        case input
        /// The command line asks for something impossible.
        case usage
        /// The output could not be written.
        case output
    }

    /// Which kind of failure.
    public var kind: Kind
    /// A stable id, as diagnostics have (`unknown-actor`, `write-failed`).
    public var id: String
    /// The message, with what to do.
    public var message: String
    /// The file it is about, if any.
    public var path: String?
    /// Whether the message was already reported (diagnostics of a file
    /// with errors), so only the exit status is left to give.
    public var alreadyReported: Bool

    /// Creates an error.
    public init(_ kind: Kind, id: String, _ message: String, path: String? = nil, alreadyReported: Bool = false) {
        self.kind = kind
        self.id = id
        self.message = message
        self.path = path
        self.alreadyReported = alreadyReported
    }

    /// An input error for a name the graph does not know.
    public init(_ error: LookupError, option: String? = nil) {
        self.init(.input, id: error.id, option.map { "\($0): " + error.message } ?? error.message)
    }

    /// The result of `body`, or its lookup failure as an input error
    /// naming `option`.
    public static func lookingUp<T>(option: String? = nil, _ body: () throws(LookupError) -> T) throws(ToolError) -> T {
        do {
            return try body()
        } catch {
            throw ToolError(error, option: option)
        }
    }

    /// The exit status the failure gives.
    public var exitStatus: Int32 {
        kind == .usage ? 2 : 1
    }

    /// `path: error: message`, or `error: message`.
    public var description: String {
        (path.map { "\($0): " } ?? "") + "error: " + message
    }
}
