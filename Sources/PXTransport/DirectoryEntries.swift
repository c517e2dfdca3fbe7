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
}
