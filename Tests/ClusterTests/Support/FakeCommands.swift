@preconcurrency import Glibc

/// Stand-ins for external commands (`mpiexec`, `sbatch`, …) put first in `PATH`.
enum FakeCommands {
    /// Writes an executable `#!/bin/sh` script. The file is opened close-on-exec: tests spawn processes
    /// concurrently, and a child inheriting a write descriptor would make running the script fail with
    /// "text file busy".
    static func writeScript(_ path: String, _ body: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard fd >= 0 else { return }
        let bytes = Array(("#!/bin/sh\n" + body + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard written > 0 else { break }
            offset += written
        }
        close(fd)
    }
}
