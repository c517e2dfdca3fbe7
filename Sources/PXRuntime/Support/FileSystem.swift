#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file-system calls behind `open()`, `os`, `os.path`, `tempfile` and module imports: thin wrappers over
/// POSIX that raise Python's `OSError` subclasses (`FileNotFoundError: [Errno 2] No such file or directory:
/// 'x'`).
enum FileSystem {
    /// What `stat` says about a path; nil when the path does not exist (or cannot be examined).
    static func status(_ path: String, followLinks: Bool = true) -> stat? {
        var info = stat()
        let result = followLinks ? stat(path, &info) : lstat(path, &info)
        return result == 0 ? info : nil
    }

    /// Whether `path` names a directory.
    static func isDirectory(_ path: String) -> Bool {
        guard let info = status(path) else { return false }
        return info.st_mode & S_IFMT == S_IFDIR
    }

    /// Whether `path` names a regular file.
    static func isFile(_ path: String) -> Bool {
        guard let info = status(path) else { return false }
        return info.st_mode & S_IFMT == S_IFREG
    }

    /// The current working directory.
    static func currentDirectory() throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { throw ExceptionFields.osError(errno: errno) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `path` made absolute against the current directory and normalized (`os.path.abspath`).
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return PathText.normalize(path) }
        let base = (try? currentDirectory()) ?? "/"
        return PathText.normalize(path.isEmpty ? base : base + "/" + path)
    }

    /// The names in a directory, in the order the system lists them, without `.` and `..`.
    static func list(_ path: String) throws -> [String] {
        guard let dir = opendir(path) else { throw ExceptionFields.osError(errno: errno, filename: path) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Creates a directory.
    static func makeDirectory(_ path: String, mode: Int = 0o777) throws {
        guard mkdir(path, mode_t(truncatingIfNeeded: mode)) == 0 else {
            throw ExceptionFields.osError(errno: errno, filename: path)
        }
    }

    /// Removes an empty directory.
    static func removeDirectory(_ path: String) throws {
        guard rmdir(path) == 0 else { throw ExceptionFields.osError(errno: errno, filename: path) }
    }

    /// Removes a file (not a directory).
    static func removeFile(_ path: String) throws {
        guard unlink(path) == 0 else { throw ExceptionFields.osError(errno: errno, filename: path) }
    }

    /// Renames `source` to `target`, replacing a file there.
    static func move(_ source: String, to target: String) throws {
        guard rename(source, target) == 0 else {
            throw ExceptionFields.osError(errno: errno, filename: source, filename2: target)
        }
    }

    /// Removes a directory and everything in it (`shutil.rmtree`); symbolic links are removed, not followed.
    static func removeTree(_ path: String) throws {
        guard let info = status(path, followLinks: false) else {
            throw ExceptionFields.osError(errno: ENOENT, filename: path)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { return try removeFile(path) }
        for name in try list(path) {
            let child = path + "/" + name
            if let inner = status(child, followLinks: false), inner.st_mode & S_IFMT == S_IFDIR {
                try removeTree(child)
            } else {
                try removeFile(child)
            }
        }
        try removeDirectory(path)
    }

    /// The folder for temporary files: `$TMPDIR`, `$TEMP` or `$TMP` when set to a directory, else `/tmp`.
    static var temporaryDirectory: String {
        for name in ["TMPDIR", "TEMP", "TMP"] {
            if let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty, isDirectory(value) {
                return value
            }
        }
        return "/tmp"
    }

    /// Creates a new directory with a unique name (`tempfile.mkdtemp`), readable only by its owner.
    static func makeTemporaryDirectory(prefix: String, suffix: String, in folder: String) throws -> String {
        for _ in 0..<100 {
            let path = folder + "/" + prefix + randomName() + suffix
            if mkdir(path, 0o700) == 0 { return PathText.normalize(FileSystem.absolute(path)) }
            if errno != EEXIST { throw ExceptionFields.osError(errno: errno, filename: path) }
        }
        throw ExceptionFields.osError(errno: EEXIST, filename: folder)
    }

    /// Eight random characters from the set `tempfile` uses.
    static func randomName() -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789_")
        return String((0..<8).map { _ in letters[Int.random(in: 0..<letters.count)] })
    }
}

/// Text operations on POSIX paths (`os.path`), which never touch the file system.
enum PathText {
    /// Joins path components as `os.path.join` does: an absolute component restarts the path.
    static func join(_ parts: [String]) -> String {
        var path = ""
        for part in parts {
            if part.hasPrefix("/") || path.isEmpty {
                path = part
            } else {
                path += (path.hasSuffix("/") ? "" : "/") + part
            }
        }
        return path
    }

    /// Splits into the head and the last component (`os.path.split`).
    static func split(_ path: String) -> (head: String, tail: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        let tail = String(path[path.index(after: slash)...])
        var head = String(path[...slash])
        if head.contains(where: { $0 != "/" }) { while head.hasSuffix("/") { head.removeLast() } }
        return (head, tail)
    }

    /// Splits off the extension (`os.path.splitext`): a leading dot of the last component is not one.
    static func splitExtension(_ path: String) -> (root: String, ext: String) {
        let (_, tail) = split(path)
        guard let dot = tail.lastIndex(of: "."), tail[..<dot].contains(where: { $0 != "." }) else {
            return (path, "")
        }
        let ext = String(tail[dot...])
        return (String(path.dropLast(ext.count)), ext)
    }

    /// Removes `.`, `..` and repeated slashes (`os.path.normpath`).
    static func normalize(_ path: String) -> String {
        if path.isEmpty { return "." }
        let leading = path.hasPrefix("//") && !path.hasPrefix("///") ? 2 : (path.hasPrefix("/") ? 1 : 0)
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." {
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if leading == 0 {
                    parts.append(part)
                }
            } else {
                parts.append(part)
            }
        }
        let body = parts.joined(separator: "/")
        let result = String(repeating: "/", count: leading) + body
        return result.isEmpty ? "." : result
    }
}
