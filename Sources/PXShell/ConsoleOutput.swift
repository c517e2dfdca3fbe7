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

    /// A hint shown on the last line of a terminal (the tutorial's `[Enter: run it · q: quit]`): output written
    /// while it shows is put above it, and the hint drawn again below.
    let statusLine = Mutex<String?>(nil)

    public func write(_ text: String, to stream: PXRuntime.OutputStream) {
        let isTerminal = self.isTerminal
        let status = isTerminal ? statusLine.withLock { $0 } : nil
        buffer.withLock { buffer in
            if status != nil { buffer.append(contentsOf: "\r\u{1B}[K".utf8) }
            switch stream {
            case .stdout:
                buffer.append(contentsOf: text.utf8)
                if let status, text.utf8.last == 10 { buffer.append(contentsOf: status.utf8) }
                if buffer.count >= 1 << 16 || (isTerminal && text.utf8.last == 10) { ConsoleOutput.drain(&buffer) }
            case .stderr:
                ConsoleOutput.drain(&buffer)
                ConsoleOutput.writeAll(2, Array(text.utf8))
                if let status, text.utf8.last == 10 { ConsoleOutput.writeAll(1, Array(status.utf8)) }
            }
        }
    }

    /// Shows `text` as the hint line (on a terminal), or removes the hint when nil.
    public func setStatusLine(_ text: String?) {
        guard isTerminal else { return }
        let old = statusLine.withLock { line in
            defer { line = text }
            return line
        }
        buffer.withLock { buffer in
            if old != nil { buffer.append(contentsOf: "\r\u{1B}[K".utf8) }
            if let text { buffer.append(contentsOf: text.utf8) }
            ConsoleOutput.drain(&buffer)
        }
    }

    public func flush() {
        buffer.withLock { ConsoleOutput.drain(&$0) }
    }

    /// The terminal's width when stdout is one (asked each time: the window may have been resized), else 80.
    public var columns: Int {
        guard isTerminal else { return 80 }
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
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
