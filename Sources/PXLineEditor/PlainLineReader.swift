@preconcurrency import Glibc

/// Reads lines from a pipe or a file, without prompts or escape sequences.
///
/// Used when standard input is not a terminal, and for session files. Input
/// is read in large blocks; lines end at `\n`, and a `\r` before it is
/// removed, so CRLF files read like LF files. A final line without a newline
/// is returned as a line. Invalid UTF-8 is repaired with U+FFFD.
///
/// Once `InterruptSignal` is installed, Ctrl-C while waiting for input
/// returns `.interrupted`; before that, SIGINT keeps its default action.
public final class PlainLineReader: LineReader {
    /// Size of one `read` call. Lines longer than this grow the buffer.
    private static let blockSize = 64 * 1024

    private let fileDescriptor: Int32
    private let closesOnDeinit: Bool
    private var buffer: [UInt8]
    /// Start of the unconsumed bytes in `buffer`.
    private var start = 0
    /// End of the valid bytes in `buffer`.
    private var end = 0
    /// Bytes in `start..<scanned` are known to contain no `\n`.
    private var scanned = 0
    private var reachedEnd = false

    /// The error that ended input early, if reading failed.
    public private(set) var readError: LineEditorError?

    /// Creates a reader over an open file descriptor.
    /// - Parameters:
    ///   - fileDescriptor: The descriptor to read. Default: 0, standard input.
    ///   - closesOnDeinit: Whether the reader closes the descriptor when it is
    ///     released. Default: `false`.
    public init(fileDescriptor: Int32 = 0, closesOnDeinit: Bool = false) {
        self.fileDescriptor = fileDescriptor
        self.closesOnDeinit = closesOnDeinit
        self.buffer = [UInt8](repeating: 0, count: Self.blockSize)
    }

    /// Opens a file and creates a reader that closes it when released.
    /// - Parameter path: The file to read.
    /// - Throws: `LineEditorError.openFailed` if the file cannot be opened.
    public convenience init(path: String) throws(LineEditorError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw .openFailed(path: path, errno: errno)
        }
        self.init(fileDescriptor: fd, closesOnDeinit: true)
    }

    deinit {
        if closesOnDeinit {
            close(fileDescriptor)
        }
    }

    /// Returns the next line; the prompt is ignored.
    /// - Parameter prompt: Ignored: piped input shows no prompts.
    /// - Returns: The next line, `.interrupted` after Ctrl-C, or `.endOfInput`.
    public func readLine(prompt: String) -> LineInput {
        let baseline = InterruptSignal.count
        while true {
            if let newline = findNewline() {
                var lineEnd = newline
                if lineEnd > start && buffer[lineEnd - 1] == UInt8(ascii: "\r") {
                    lineEnd -= 1
                }
                let line = makeString(start..<lineEnd)
                start = newline + 1
                scanned = start
                return .line(line)
            }
            if reachedEnd {
                guard start < end else { return .endOfInput }
                var lineEnd = end
                if buffer[lineEnd - 1] == UInt8(ascii: "\r") {
                    lineEnd -= 1
                }
                let line = makeString(start..<lineEnd)
                start = end
                scanned = end
                return .line(line)
            }
            if !fill(baseline: baseline) {
                return .interrupted
            }
        }
    }

    // MARK: - Buffer

    /// The index of the next `\n` in the unconsumed bytes, searching only new bytes.
    private func findNewline() -> Int? {
        guard scanned < end else { return nil }
        let found = buffer.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress,
                let hit = memchr(base + scanned, Int32(UInt8(ascii: "\n")), end - scanned)
            else { return nil }
            return base.distance(to: UnsafeRawPointer(hit))
        }
        if found == nil {
            scanned = end
        }
        return found
    }

    private func makeString(_ range: Range<Int>) -> String {
        buffer.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Reads one more block. Returns `false` if Ctrl-C interrupted the read.
    private func fill(baseline: Int) -> Bool {
        if start > 0 {
            let kept = end - start
            buffer.withUnsafeMutableBytes { raw in
                if let base = raw.baseAddress {
                    memmove(base, base + start, kept)
                }
            }
            scanned -= start
            end = kept
            start = 0
        }
        if buffer.count - end < Self.blockSize / 2 {
            buffer.append(contentsOf: repeatElement(0, count: buffer.count))
        }
        let isInterruptible = InterruptSignal.isInstalled
        while true {
            if isInterruptible {
                // Polls the descriptor and the interrupt pipe, so a Ctrl-C
                // handled on any thread ends the wait.
                if InterruptSignal.wait(forReadable: fileDescriptor, since: baseline) == .interrupted {
                    return false
                }
            }
            let count = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return read(fileDescriptor, base + end, raw.count - end)
            }
            if count > 0 {
                end += count
                return true
            }
            if count == 0 {
                reachedEnd = true
                return true
            }
            let code = errno
            if code == EINTR {
                continue
            }
            if code == EAGAIN || code == EWOULDBLOCK {
                // A non-blocking descriptor: wait for data instead of spinning.
                if InterruptSignal.wait(forReadable: fileDescriptor, since: baseline) == .interrupted {
                    return false
                }
                continue
            }
            readError = .readFailed(errno: code)
            reachedEnd = true
            return true
        }
    }
}
