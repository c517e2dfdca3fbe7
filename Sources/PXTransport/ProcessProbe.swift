#if canImport(Glibc)
    import Glibc
#endif

/// Questions about other processes, answered from `/proc`.
public enum ProcessProbe {
    /// Whether `pid` is a running (not zombie) process whose command line contains `marker` (when given), so
    /// that a pid reused by an unrelated process after a crash is never mistaken for ours.
    public static func isRunning(_ pid: Int32, commandContaining marker: String? = nil) -> Bool {
        guard pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return false }
        let stat = text(of: "/proc/\(pid)/stat")
        if let close = stat.lastIndex(of: ")") {
            let state = stat[stat.index(after: close)...].drop { $0 == " " }.first
            if state == "Z" || state == "X" { return false }
        }
        guard let marker else { return true }
        let commandLine = text(of: "/proc/\(pid)/cmdline").map { $0 == "\0" ? " " : $0 }
        return String(commandLine).contains(marker)
    }

    /// The descriptors `pid` holds open, each with what it refers to (`socket:[123]`, `pipe:[45]`, a path), from
    /// `/proc/PID/fd`; empty when the process is gone or not ours to read.
    public static func openDescriptors(of pid: Int32) -> [Int32: String] {
        let directory = pid == getpid() ? "/proc/self/fd" : "/proc/\(pid)/fd"
        var descriptors: [Int32: String] = [:]
        for name in DirectoryEntries.names(in: directory) {
            guard let fd = Int32(name) else { continue }
            var target = [CChar](repeating: 0, count: 4_096)
            let count = readlink("\(directory)/\(name)", &target, target.count - 1)
            guard count >= 0 else { continue }  // closed meanwhile
            descriptors[fd] = String(decoding: target[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        return descriptors
    }

    /// A small `/proc` file's text ("" when it cannot be read).
    static func text(of path: String) -> String {
        (try? FileIO.read(path: path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
