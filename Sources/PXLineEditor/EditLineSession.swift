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
    /// The prompt as given (see ``setPrompt(_:)``) and its width on screen.
    private(set) var prompt = ""
    private var promptWidth = 0
    /// Colours the text being edited (the same characters, with escape sequences added), if set.
    var highlighter: ((String) -> String)?
    /// The continuation prompt (`   ...: `, plain text) shown at the start of each line after the first of a
    /// cell of several lines being edited (see `EditLineSession+Cells.swift`); empty for none.
    var continuationPrompt = ""
    /// `continuationPrompt` in colour, painted with the coloured text; nil for plain.
    var paintedContinuationPrompt: String?
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
    /// The Ctrl-R search in progress, and the prompt it replaced.
    var reverseSearch: ReverseSearch?
    var promptBeforeSearch = ""
    /// Keys the read hook returns before reading more (a key that ended a Ctrl-R search).
    var queuedKeys: [Unicode.Scalar] = []

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
        setPrompt(prompt)
        self.interruptBaseline = interruptBaseline
        needsRedisplay = false
        reachedEndOfInput = false
        historySearch = nil
        reverseSearch = nil
        queuedKeys = []
        keys.reset()
    }

    /// Makes `text` the prompt libedit shows from its next redraw.
    /// - Parameter text: Shown exactly; escape sequences do not count towards its width.
    func setPrompt(_ text: String) {
        prompt = text
        free(promptBuffer)
        promptBuffer = strdup(TerminalText.markingEscapeSequences(text))
        promptWidth = TerminalText.promptWidth(text)
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
                queuedKeys = []
                if let search = reverseSearch { endReverseSearch(leaving: search.original) }
                return .interrupted
            }
            if !queuedKeys.isEmpty {
                let scalar = queuedKeys.removeFirst()
                keys.record(scalar)
                return .key(scalar)
            }
            if let scalar = decoder.next() {
                if reverseSearch != nil && scalar != Self.redisplayKey { return searchKey(scalar) }
                if !keys.isInSequence && (crossesLineBreak(scalar) || deletesWordAcrossLines(scalar)) {
                    return .key(Self.redisplayKey)
                }
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
            paintHighlighted()
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

    // MARK: - Colour

    /// Paints the text being edited in colour over libedit's plain drawing of it: the same characters at the
    /// same places, so libedit's idea of the screen stays right. Text is laid out in display columns (a wide
    /// character takes two, a combining mark none); text with control characters, which libedit shows as
    /// `^X` or escapes, is left plain.
    func paintHighlighted() {
        guard highlighter != nil, let editLine else { return }
        let (text, cursor) = bufferAndCursor(editLine)
        let before = String(String.UnicodeScalarView(text.unicodeScalars.prefix(cursor)))
        paint(text, cursorRow: layout(of: before).row)
    }

    /// Paints an accepted line (as libedit holds it, with continuation prompts), which ends on the row above the
    /// cursor.
    func paintAccepted(_ text: String) {
        let end = layout(of: text)
        // A line that fills its last row exactly may or may not have moved libedit to a row of its own.
        guard end.column > 0 else { return }
        paint(text, cursorRow: end.row + 1)
    }

    /// Writes `text` (as libedit holds it) in colour from the end of the prompt, which is `cursorRow` rows above
    /// the cursor, and puts the cursor back.
    private func paint(_ text: String, cursorRow: Int) {
        let columns = editLine.map { Int(px_el_get_columns($0)) } ?? 0
        guard let highlighter, !text.isEmpty, promptWidth < columns,
              text.unicodeScalars.allSatisfy({ $0 == "\n" || TerminalText.isPrintable($0) }),
              let painted = painted(text, highlighter)
        else { return }
        var out = "\u{1B}7" + (cursorRow > 0 ? "\u{1B}[\(cursorRow)A" : "") + "\r"
        if promptWidth > 0 { out += "\u{1B}[\(promptWidth)C" }
        out += painted
        out += "\u{1B}8"
        StandardOutput.write(out)
    }

    /// The row (counted from the prompt's) and column at which `text`, drawn after the prompt, leaves the
    /// cursor, as libedit lays it out: a full row continues on the next, a line break starts a row, and a wide
    /// character that does not fit at the end of a row starts the next one (as the terminal wraps it too).
    func layout(of text: String) -> (row: Int, column: Int) {
        let columns = editLine.map { Int(px_el_get_columns($0)) } ?? 0
        guard columns > 0 else { return (0, 0) }
        var row = promptWidth / columns
        var column = promptWidth % columns
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                row += 1
                column = 0
                continue
            }
            let width = TerminalText.displayWidth(of: scalar)
            if column + width > columns {
                row += 1
                column = 0
            }
            column += width
            if column >= columns {
                row += 1
                column -= columns
            }
        }
        return (row, column)
    }

    // MARK: - Geometry

    /// The screen row of the cursor and of the line's end, counted from the
    /// prompt's row, for the line libedit holds.
    func editRows() -> (cursor: Int, last: Int) {
        guard let editLine else { return (0, 0) }
        let (text, cursor) = bufferAndCursor(editLine)
        let before = String(String.UnicodeScalarView(text.unicodeScalars.prefix(cursor)))
        return (layout(of: before).row, layout(of: text).row)
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
