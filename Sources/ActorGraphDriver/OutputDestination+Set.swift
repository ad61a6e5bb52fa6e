import ActorGraph
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputDestination {
    /// Writes what an exporter made. A single file is written as its
    /// bytes are. A set of files (the CSV
    /// formats) becomes a ZIP archive on standard output, on a stream, or
    /// at a path ending in `.zip`; anywhere else, a folder of its files.
    ///
    /// The folder is written as a whole: the files go into a new folder
    /// beside it, which then takes its name, so a failure never leaves a
    /// half-written set. A folder already there is replaced only when it
    /// holds nothing but files of the set (an earlier export), never a
    /// folder of other work.
    public func write(_ file: ExportedFile) throws(ToolError) {
        guard file.isSet else { return try write(file.bytes) }
        if !isStandardOutput {
            switch try target() {
            case .descriptor(let descriptor): return try write(file.bytes, toDescriptor: descriptor)
            case .path(let real) where real != folderPath && real != path: return try OutputDestination(path: real).write(file)
            case .path: break
            }
        }
        var status = stat()
        let target = folderPath
        let exists = stat(target, &status) == 0
        let isStream = exists && (status.st_mode & S_IFMT) != S_IFREG && (status.st_mode & S_IFMT) != S_IFDIR
        if isStandardOutput || isStream || GraphFormat.fileExtension(of: target) == "zip" {
            // Stored ZIP entries record sizes in 32 bits.
            guard file.byteCount < Int(UInt32.max) else {
                throw ToolError(.output, id: "archive-too-large", "the files come to 4 GiB or more, more than a ZIP archive can hold; name a folder instead",
                                path: path)
            }
            return try write(file.bytes)
        }
        if exists, (status.st_mode & S_IFMT) == S_IFREG {
            throw ToolError(.usage, id: "output-not-folder", "this format writes several files, into a folder or a .zip, and this is a file; name a folder or end the name in .zip",
                            path: path)
        }
        if exists { try refuseReplacing(target, keeping: Set(file.members.map(\.name))) }
        try writeFolder(file.members, to: target, replacingFolderOfMode: exists ? status.st_mode : nil)
    }

    /// Refuses a set whose files, written into this folder, would replace
    /// one of `inputs` (an input that sits in the output folder under a
    /// member's name).
    public func refuseOverwriting(_ inputs: [String], members: [ExportedFile.Member]) throws(ToolError) {
        guard !isStandardOutput, GraphFormat.fileExtension(of: folderPath) != "zip" else { return }
        for member in members {
            try OutputDestination(path: folderPath + "/" + member.name).refuseOverwriting(inputs)
        }
    }

    /// The path without trailing slashes (`out/` is the folder `out`).
    private var folderPath: String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }

    /// Refuses to replace a folder that holds anything but files named in `names`.
    private func refuseReplacing(_ folder: String, keeping names: Set<String>) throws(ToolError) {
        guard let directory = opendir(folder) else { throw failure(errno, writing: "the output folder") }
        defer { closedir(directory) }
        var others: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            // Only a regular file of the set's may go: a folder or a link
            // under the same name is someone's work.
            var status = stat()
            let isFile = fstatat(dirfd(directory), name, &status, AT_SYMLINK_NOFOLLOW) == 0 && (status.st_mode & S_IFMT) == S_IFREG
            if !names.contains(name) || !isFile { others.append(name) }
        }
        guard others.isEmpty else {
            let shown = others.sorted().prefix(3).map { "'\(TerminalText.escaped($0))'" }.joined(separator: ", ")
            throw ToolError(.usage, id: "output-folder-in-use",
                            "the folder holds other files (\(shown)\(others.count > 3 ? ", ..." : "")), which replacing it would delete; name a new or empty folder, or a .zip",
                            path: path)
        }
    }

    /// Writes `members` into a new folder beside `target`, then gives it
    /// `target`'s name; an old folder (of `mode`) is moved aside first and
    /// removed last, and the new one keeps its permissions, so a private
    /// folder stays private.
    private func writeFolder(_ members: [ExportedFile.Member], to target: String, replacingFolderOfMode mode: mode_t?) throws(ToolError) {
        let replacing = mode != nil
        let parent = target.lastIndex(of: "/").map { String(target[...$0]) } ?? ""
        let name = target.lastIndex(of: "/").map { String(target[target.index(after: $0)...]) } ?? target
        let fresh = try Self.makeTemporaryFolder(parent + "." + name + ".XXXXXX")
        var error: Int32?
        var written: [String] = []
        for member in members where error == nil {
            let file = fresh + "/" + member.name
            let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { error = errno; break }
            written.append(file)
            error = Self.writeAll(member.bytes, to: descriptor)
            if error == nil, fsync(descriptor) != 0 { error = errno }
            if close(descriptor) != 0, error == nil { error = errno }
        }
        // mkdtemp makes the folder private; give it the replaced folder's
        // permissions, or those a new folder gets.
        let mask = umask(0)
        umask(mask)
        if error == nil, chmod(fresh, mode.map { $0 & 0o7777 } ?? (0o777 & ~mask)) != 0 { error = errno }
        var aside: String?
        if error == nil, replacing {
            do { aside = try Self.makeTemporaryFolder(parent + "." + name + ".old.XXXXXX") } catch { Self.remove(fresh, files: written); throw error }
            // Renaming over an empty folder replaces it.
            if let aside, rename(target, aside) != 0 { error = errno; rmdir(aside) }
        }
        if error == nil, rename(fresh, target) != 0 {
            error = errno
            if let aside { rename(aside, target) }
        }
        if let error {
            Self.remove(fresh, files: written)
            throw failure(error, writing: "the output folder")
        }
        if let aside { Self.remove(aside, files: members.map { aside + "/" + $0.name }) }
    }

    private static func makeTemporaryFolder(_ template: String) throws(ToolError) -> String {
        var bytes = Array(template.utf8CString)
        let made = bytes.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkdtemp($0) != nil } ?? false }
        guard made else {
            let reason = String(cString: strerror(errno))
            throw ToolError(.output, id: "write-failed", "cannot make a folder beside the output (\(reason)); check that the folder exists and is writable")
        }
        return String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func remove(_ folder: String, files: [String]) {
        for file in files { unlink(file) }
        rmdir(folder)
    }
}
