@preconcurrency import Glibc
import PXRuntime
import Synchronization

/// Writes program output and shell messages to the process's stdout and stderr.
///
/// Stdout is buffered and flushed before anything goes to stderr, before each prompt, and at line ends when
/// stdout is a terminal, so the two streams interleave in the order things happened.
public final class ConsoleOutput: OutputSink, Sendable {
    /// Buffered stdout bytes. Engine output may be written from the socket reader thread while the shell
    /// thread writes, so the buffer is behind a mutex.
    let buffer = Mutex<[UInt8]>([])
    let isTerminal: Bool

    /// Creates the console writer.
    public init() {
        isTerminal = isatty(1) != 0
    }

    public func write(_ text: String, to stream: PXRuntime.OutputStream) {
        let isTerminal = self.isTerminal
        buffer.withLock { buffer in
            switch stream {
            case .stdout:
                buffer.append(contentsOf: text.utf8)
                if buffer.count >= 1 << 16 || (isTerminal && text.utf8.last == 10) { ConsoleOutput.drain(&buffer) }
            case .stderr:
                ConsoleOutput.drain(&buffer)
                ConsoleOutput.writeAll(2, Array(text.utf8))
            }
        }
    }

    public func flush() {
        buffer.withLock { ConsoleOutput.drain(&$0) }
    }

    static func drain(_ buffer: inout [UInt8]) {
        guard !buffer.isEmpty else { return }
        writeAll(1, buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes a line of shell output (prompts echoed, `Out[n]:` displays) to stdout.
    public func line(_ text: String) {
        write(text + "\n", to: .stdout)
    }

    /// Writes an error message to stderr.
    public func error(_ text: String) {
        write(text.hasSuffix("\n") ? text : text + "\n", to: .stderr)
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, base + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += n
            }
        }
    }
}
