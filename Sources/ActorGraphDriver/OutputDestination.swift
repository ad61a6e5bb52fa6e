import ActorGraph
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes a file: standard output, a stream such as
/// `/dev/stdout` or a pipe, or a file replaced atomically.
///
/// A file is written to a temporary file in the same folder, created with
/// an unpredictable name and exclusively (so a link planted under a name
/// someone guessed is never followed), flushed to disk, then renamed over
/// the target; a failed write removes it, so a failure never leaves a
/// half-written file and never touches an existing one. Streams and
/// devices cannot be replaced by a rename and are written in place.
public struct OutputDestination: Sendable {
    /// The path as the user gave it; `-` for standard output.
    public let path: String

    /// The destination `path` names (`-` for standard output).
    public init(path: String) {
        self.path = path
    }

    /// Whether the destination is standard output.
    public var isStandardOutput: Bool { path == "-" }

    /// Refuses a destination that is one of `inputs`, which the write would destroy.
    public func refuseOverwriting(_ inputs: [String]) throws(ToolError) {
        guard !isStandardOutput, let target = Self.identity(of: path) else { return }
        for input in inputs where input != "-" && Self.identity(of: input) == target {
            throw ToolError(.usage, id: "output-is-input",
                            "the output '\(path)' is also an input ('\(input)'); writing it would destroy the input, so name another output")
        }
    }

    /// Writes `bytes`, replacing the file atomically or writing the stream.
    public func write(_ bytes: [UInt8]) throws(ToolError) {
        if isStandardOutput {
            try StandardOutput.write(bytes)
            return
        }
        switch try target() {
        case .descriptor(let descriptor): return try write(bytes, toDescriptor: descriptor)
        case .path(let real) where real != path: return try OutputDestination(path: real).write(bytes)
        case .path: break
        }
        var status = stat()
        let exists = stat(path, &status) == 0
        // A folder would only fail at the rename, with a temporary file
        // made inside it first; say what is wrong before anything is made.
        if (exists && (status.st_mode & S_IFMT) == S_IFDIR) || path.hasSuffix("/") { throw failure(EISDIR) }
        if exists, (status.st_mode & S_IFMT) != S_IFREG {
            try writeStream(bytes)
            return
        }
        try writeReplacing(bytes, keepingModeOf: exists ? status.st_mode : nil)
    }

    private func writeStream(_ bytes: [UInt8]) throws(ToolError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(errno) }
        defer { close(descriptor) }
        if let error = Self.writeAll(bytes, to: descriptor) { throw failure(error) }
    }

    /// Writes a temporary file and renames it over `path`; `mode` is the
    /// replaced file's, if there is one.
    private func writeReplacing(_ bytes: [UInt8], keepingModeOf mode: mode_t?) throws(ToolError) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array((folder + "." + name + ".XXXXXX").utf8CString)
        // The template is never empty, so its buffer always has an address.
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw failure(errno) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var error: Int32?
        // mkstemp creates the file readable by its owner only; give it the
        // permissions of the file it replaces (one kept private must not
        // become readable by all), or those a new file would have, as any
        // other tool writes it.
        let mask = umask(0)
        umask(mask)
        if fchmod(descriptor, mode.map { $0 & 0o777 } ?? (0o666 & ~mask)) != 0 { error = errno }
        if error == nil { error = Self.writeAll(bytes, to: descriptor) }
        if error == nil, fsync(descriptor) != 0 { error = errno }
        if close(descriptor) != 0, error == nil { error = errno }
        if error == nil, rename(temporary, path) != 0 { error = errno }
        if let error {
            unlink(temporary)
            throw failure(error)
        }
    }

    /// Writes every byte, retrying after interruptions and short writes;
    /// returns the error that stopped it.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            guard let start = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, start + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

    /// The error for a failed write of `what` (the output, or the output folder of a set), with what to do.
    func failure(_ code: Int32, writing what: String = "the output") -> ToolError {
        let reason = String(cString: strerror(code))
        let hint = code == ENOSPC ? "free some space" : code == EISDIR ? "name a file, not a folder" : "check that the folder exists and is writable"
        return ToolError(.output, id: "write-failed", "cannot write \(what) (\(reason)); \(hint)", path: path)
    }

    /// The device and inode `path` leads to, following links.
    private static func identity(of path: String) -> [UInt64]? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return [UInt64(status.st_dev), UInt64(status.st_ino)]
    }
}

/// Standard output, written with every error checked: a full disk or a
/// closed pipe is an error the user hears about, not lost output.
public enum StandardOutput {
    /// Writes `bytes` as they are.
    public static func write(_ bytes: [UInt8]) throws(ToolError) {
        if let error = OutputDestination.writeAll(bytes, to: STDOUT_FILENO) {
            throw ToolError(.output, id: "write-failed", "cannot write to standard output (\(String(cString: strerror(error))))")
        }
    }

    /// Writes a text report, each control character shown visibly (see ``TerminalText``).
    public static func print(_ text: String) throws(ToolError) {
        try write(Array(TerminalText.escaped(text).utf8))
    }
}
