#if canImport(Glibc)
    import Glibc
#endif

/// The entries of a directory.
public enum DirectoryEntries {
    /// The names in directory `path`, without `.` and `..`; empty when it cannot be read.
    public static func names(in path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        let own = String(dirfd(directory))
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            // Listing /proc/self/fd shows the listing's own descriptor; it is gone once this returns.
            if name != "." && name != ".." && !(path == "/proc/self/fd" && name == own) { names.append(name) }
        }
        return names
    }

    /// Removes the entries of `path`, a directory of this user's, then `path` itself; a subdirectory is removed
    /// the same way, down to `depth` levels. Anything that cannot be removed (another user's directory, a deeper
    /// tree) is left alone, and so is `path` then.
    /// - Returns: whether `path` is gone.
    @discardableResult
    public static func removeTree(_ path: String, depth: Int = 1) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, status.st_uid == getuid() else {
            return false
        }
        for name in names(in: path) {
            let entry = path + "/" + name
            if unlink(entry) != 0 && errno == EISDIR && depth > 0 { removeTree(entry, depth: depth - 1) }
        }
        return rmdir(path) == 0
    }
}
