@preconcurrency import Glibc

/// A non-blocking pipe used to wake a thread blocked in `poll()`.
///
/// Writers put one byte in; the waiting thread polls the read end and drains
/// it. Both ends are non-blocking and close-on-exec, so a full pipe never
/// blocks a writer (it is already readable) and child processes never inherit it.
struct WakePipe: Sendable {
    /// The end to poll and drain.
    let readEnd: Int32
    /// The end to write a byte to.
    let writeEnd: Int32

    /// Creates the pipe.
    /// - Throws: `LineEditorError.systemCall` if `pipe` or `fcntl` fails.
    static func make() throws(LineEditorError) -> WakePipe {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            throw .systemCall("pipe", errno: errno)
        }
        for end in ends {
            let flags = fcntl(end, F_GETFL)
            guard flags >= 0, fcntl(end, F_SETFL, flags | O_NONBLOCK) == 0, fcntl(end, F_SETFD, FD_CLOEXEC) == 0
            else {
                let code = errno
                _ = Glibc.close(ends[0])
                _ = Glibc.close(ends[1])
                throw .systemCall("fcntl", errno: code)
            }
        }
        return WakePipe(readEnd: ends[0], writeEnd: ends[1])
    }

    /// Makes the read end readable. Async-signal-safe.
    func signal() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Reads and discards everything currently in the pipe.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            if count > 0 { continue }
            if count < 0 && errno == EINTR { continue }
            return
        }
    }

    /// Closes both ends.
    func close() {
        _ = Glibc.close(readEnd)
        _ = Glibc.close(writeEnd)
    }
}
