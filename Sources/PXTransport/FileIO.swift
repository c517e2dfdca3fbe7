#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Small POSIX file helpers for connection files and the cluster files of `ipp.Cluster`.
public enum FileIO {
    /// Reads a file of at most 1 MiB.
    public static func read(path: String) throws(ConnectionFileError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            throw ConnectionFileError(path: path, reason: code == ENOENT ? "no such file" : SystemErrorText.text(code))
        }
        defer { close(fd) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ConnectionFileError(path: path, reason: SystemErrorText.text(errno))
            }
            if count == 0 { break }
            result += chunk[0..<count]
            if result.count > 1 << 20 { throw ConnectionFileError(path: path, reason: "larger than 1 MiB") }
        }
        return result
    }

    /// Creates `directory` (mode 0700) unless it exists; `path` names the file it is for, in errors.
    public static func makeDirectory(_ directory: String, for path: String) throws(ConnectionFileError) {
        if mkdir(directory, 0o700) != 0 && errno != EEXIST {
            throw ConnectionFileError(
                path: path, reason: "cannot create directory \(directory): \(SystemErrorText.text(errno))")
        }
    }

    /// Writes `bytes` to a temporary file beside `path`, then renames it over `path`.
    public static func writeAtomically(path: String, bytes: [UInt8], mode: mode_t) throws(ConnectionFileError) {
        let temporary = "\(path).tmp\(getpid())"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw ConnectionFileError(path: path, reason: SystemErrorText.text(errno)) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                unlink(temporary)
                throw ConnectionFileError(path: path, reason: SystemErrorText.text(code))
            }
            written += count
        }
        fchmod(fd, mode)
        close(fd)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw ConnectionFileError(path: path, reason: SystemErrorText.text(code))
        }
    }
}
