import ActorGraph
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputDestination {
    /// Where a write really goes.
    enum Target: Equatable {
        /// One of this process's open descriptors.
        case descriptor(Int32)
        /// A file or folder, links resolved.
        case path(String)
    }

    /// `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` and `/proc/self/fd/N`
    /// name this process's own descriptors, and are written through them:
    /// replacing one by a rename would replace the system's link, not
    /// write the output. Any other symbolic link is followed, so the file
    /// or folder it names is written and the link stays a link.
    func target() throws(ToolError) -> Target {
        if let descriptor = Self.descriptor(named: path) { return .descriptor(descriptor) }
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK else { return .path(path) }
        guard let resolved = realpath(path, nil) else {
            throw ToolError(.output, id: "write-failed", "the output is a link to nothing (\(String(cString: strerror(errno)))); name a file, or fix the link",
                            path: path)
        }
        defer { free(resolved) }
        let real = String(cString: resolved)
        return Self.descriptor(named: real).map(Target.descriptor) ?? .path(real)
    }

    /// The descriptor a path names, if it names one of this process's.
    private static func descriptor(named path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                return Int32(path.dropFirst(prefix.count))
            }
            return nil
        }
    }

    /// Writes `bytes` to `descriptor`, an error (a closed descriptor, a
    /// full disk) reported against this destination.
    func write(_ bytes: [UInt8], toDescriptor descriptor: Int32) throws(ToolError) {
        if let error = Self.writeAll(bytes, to: descriptor) {
            throw ToolError(.output, id: "write-failed", "cannot write the output (\(String(cString: strerror(error))))", path: path)
        }
    }
}
