@preconcurrency import CEditLine
@preconcurrency import Glibc

/// The state libedit's callbacks reach through `EL_CLIENTDATA`.
///
/// It lives as long as its `EditLineReader` and is used only by the thread
/// inside `EditLineReader.readLine(prompt:)`: libedit calls the prompt
/// function, the read hook and the completion command from `el_gets`.
final class EditLineSession {
    /// What the read hook hands to libedit.
    enum KeyEvent: Equatable {
        /// A character typed, or `redisplayKey`.
        case key(Unicode.Scalar)
        /// Standard input reached its end or failed.
        case endOfInput
        /// Ctrl-C was pressed.
        case interrupted
    }

    /// The key the read hook returns after printing output above the line;
    /// it is bound to `ed-redisplay`, which redraws prompt and line.
    ///
    /// U+009F is a C1 control character no keyboard sends; libedit looks up
    /// characters below 256 in its key map, so it can be bound.
    static let redisplayKey: Unicode.Scalar = "\u{9F}"
    /// `redisplayKey` in libedit's key notation (octal).
    static let redisplayKeyBinding = "\\237"

    /// The editor, set once right after `el_init`.
    var editLine: OpaquePointer?
    /// Text other threads want shown above the line.
    let output: AboveLineOutput
    /// Answers Tab, if the shell supplied one.
    let completionProvider: (any CompletionProvider)?
    /// The prompt libedit shows: a `strdup`'d C string, replaced per line.
    private(set) var promptBuffer: UnsafeMutablePointer<CChar>
    private var promptWidth = 0
    private var decoder = UTF8KeyDecoder()
    private var keys = KeySequenceTracker()
    private var readBuffer = [UInt8](repeating: 0, count: 512)
    private var interruptBaseline = 0
    private var needsRedisplay = false
    /// Set when the read hook saw the end of standard input.
    private(set) var reachedEndOfInput = false
    /// The history Up and Down search (set by the reader).
    var history: OpaquePointer?
    /// The Up/Down search in progress on the current line.
    var historySearch: HistorySearch?

    /// Creates the state for one reader.
    /// - Parameters:
    ///   - output: The reader's queue of text to show above the line.
    ///   - completionProvider: Answers Tab; `nil` makes Tab beep.
    init(output: AboveLineOutput, completionProvider: (any CompletionProvider)?) {
        self.output = output
        self.completionProvider = completionProvider
        self.promptBuffer = strdup("")
    }

    deinit {
        free(promptBuffer)
    }

    /// The session stored in an editor's client data.
    static func from(_ editLine: OpaquePointer?) -> EditLineSession? {
        guard let editLine, let data = px_el_get_client_data(editLine) else { return nil }
        return Unmanaged<EditLineSession>.fromOpaque(data).takeUnretainedValue()
    }

    /// Gets ready to read one line with `prompt`.
    /// - Parameters:
    ///   - prompt: The prompt, shown exactly; escape sequences do not count towards its width.
    ///   - interruptBaseline: `InterruptSignal.count` when reading starts.
    func begin(prompt: String, interruptBaseline: Int) {
        free(promptBuffer)
        promptBuffer = strdup(TerminalText.markingEscapeSequences(prompt))
        promptWidth = TerminalText.promptWidth(prompt)
        self.interruptBaseline = interruptBaseline
        needsRedisplay = false
        reachedEndOfInput = false
        historySearch = nil
        keys.reset()
    }

    /// Whether keys are already waiting to be read: typed ahead, or pasted.
    var hasPendingInput: Bool {
        guard decoder.isEmpty else { return true }
        var fd = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&fd, 1, 0) > 0 && fd.revents & Int16(POLLIN) != 0
    }

    // MARK: - Read hook

    /// The next key for libedit: typed input first, then output to show,
    /// blocking in `poll()` on standard input and both wake-up pipes.
    func nextKey() -> KeyEvent {
        while true {
            if InterruptSignal.count != interruptBaseline {
                // The terminal driver discards typed-ahead input on ^C; do the same.
                decoder = UTF8KeyDecoder()
                return .interrupted
            }
            if let scalar = decoder.next() {
                keys.record(scalar)
                return .key(scalar)
            }
            if !keys.isInSequence {
                if needsRedisplay {
                    // A signal other than SIGINT (window size, job control):
                    // libedit's handler did its part; make sure the line is redrawn.
                    needsRedisplay = false
                    if let editLine { el_resize(editLine) }
                    return .key(Self.redisplayKey)
                }
                let pending = output.takePending()
                if !pending.isEmpty {
                    showAboveLine(pending)
                    return .key(Self.redisplayKey)
                }
            }
            var fds = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: output.wakePipe.readEnd, events: Int16(POLLIN), revents: 0),
                pollfd(fd: InterruptSignal.wakeReadEnd, events: Int16(POLLIN), revents: 0),
            ]
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR {
                    needsRedisplay = true
                    continue
                }
                reachedEndOfInput = true
                return .endOfInput
            }
            if fds[2].revents != 0 { InterruptSignal.drainWakeups() }
            if fds[1].revents != 0 { output.wakePipe.drain() }
            if fds[0].revents != 0 {
                let count = readBuffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
                if count > 0 {
                    decoder.append(readBuffer[..<count])
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    reachedEndOfInput = true
                    return .endOfInput
                }
            }
        }
    }

    /// Prints queued output where the line being edited is; libedit then
    /// redraws the line below it when it handles `redisplayKey`.
    private func showAboveLine(_ texts: [String]) {
        let rows = editRows()
        var out = rows.cursor > 0 ? "\u{1B}[\(rows.cursor)A" : ""
        out += "\r\u{1B}[J"
        for text in texts {
            out += TerminalText.rawModeLines(text)
        }
        // libedit believes the cursor is on row `rows.cursor` of its display
        // and moves up that many rows before redrawing.
        out += String(repeating: "\n", count: rows.cursor)
        StandardOutput.write(out)
    }

    // MARK: - Geometry

    /// The screen row of the cursor and of the line's end, counted from the
    /// prompt's row, for the line libedit holds.
    func editRows() -> (cursor: Int, last: Int) {
        guard let editLine, let info = el_line(editLine)?.pointee,
            let buffer = info.buffer, let cursor = info.cursor, let lastChar = info.lastchar
        else { return (0, 0) }
        let columns = Int(px_el_get_columns(editLine))
        guard columns > 0 else { return (0, 0) }
        let before = String(decoding: UnsafeRawBufferPointer(start: buffer, count: cursor - buffer), as: UTF8.self)
        let after = String(decoding: UnsafeRawBufferPointer(start: cursor, count: lastChar - cursor), as: UTF8.self)
        let cursorColumn = promptWidth + TerminalText.displayWidth(before)
        let endColumn = cursorColumn + TerminalText.displayWidth(after)
        return (cursorColumn / columns, endColumn / columns)
    }

    /// Moves the cursor to a fresh line below the edited line, which stays on
    /// screen; used when reading ends without Enter (Ctrl-C, Ctrl-D).
    func moveBelowLine() {
        let rows = editRows()
        var out = rows.last > rows.cursor ? "\u{1B}[\(rows.last - rows.cursor)B" : ""
        out += "\r\n"
        StandardOutput.write(out)
    }
}
