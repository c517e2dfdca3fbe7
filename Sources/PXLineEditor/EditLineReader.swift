@preconcurrency import CEditLine
@preconcurrency import Glibc
import Synchronization

/// Reads lines at a terminal with libedit: editing, history, completion.
///
/// Use it only when `isInteractiveTerminal()` is true; otherwise use
/// `PlainLineReader`. Key bindings are emacs-style. History is kept per
/// reader: loaded from `EditLineSettings.historyPath` at start and saved
/// after every accepted non-blank line (written to a temporary file, then
/// renamed, so a crash never leaves a truncated file).
///
/// - Ctrl-C while typing returns `.interrupted`, leaves the half-typed line
///   on screen and moves to a fresh line.
/// - Ctrl-D on an empty line returns `.endOfInput`.
/// - Tab asks the `CompletionProvider`.
/// - Up and Down search history by the typed prefix; Ctrl-R searches it as you type.
/// - `printAbove(_:)` shows text from any thread above the line being typed.
///
/// Only one `EditLineReader` should read at a time (libedit's signal handling
/// is process-wide), and only from one thread at a time.
public final class EditLineReader: LineReader, @unchecked Sendable {
    // @unchecked Sendable: `editLine`, `history` and `session` (with the
    // non-Sendable completion provider) are used only inside
    // `readLine(prompt:)` and `deinit`; `isReading` makes concurrent
    // `readLine` calls a precondition failure. `printAbove(_:)`, the one
    // method meant for other threads, only touches `output`, which is Sendable.

    private let settings: EditLineSettings
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let session: EditLineSession
    private let output: AboveLineOutput
    private let isReading = Atomic<Bool>(false)

    /// Whether standard input and standard output are both terminals, the
    /// condition for using an `EditLineReader`.
    public static func isInteractiveTerminal() -> Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    /// Sets up the editor on standard input and output.
    ///
    /// Sets the process locale (`setlocale(LC_ALL, "")`, with `LC_CTYPE`
    /// falling back to `C.UTF-8`), installs `InterruptSignal`, and loads the
    /// history file if it exists.
    /// - Parameters:
    ///   - settings: History file and size. Default: `EditLineSettings()`.
    ///   - completionProvider: Answers Tab; `nil` (the default) makes Tab beep.
    /// - Throws: `LineEditorError.notATerminal` unless `isInteractiveTerminal()`;
    ///   `.invalidSettings`; `.historyDirectory` if the history file's directory
    ///   cannot be created; `.systemCall` for pipe or signal set-up;
    ///   `.editorUnavailable` if libedit fails.
    public init(
        settings: EditLineSettings = EditLineSettings(),
        completionProvider: (any CompletionProvider)? = nil
    ) throws(LineEditorError) {
        try settings.validate()
        guard Self.isInteractiveTerminal() else { throw .notATerminal }
        if let path = settings.historyPath {
            try Self.createParentDirectory(of: path)
        }
        try InterruptSignal.install()
        TerminalLocale.configure()

        let output = try AboveLineOutput()
        let session = EditLineSession(output: output, completionProvider: completionProvider)
        guard let history = history_init() else { throw .editorUnavailable }
        guard let editLine = el_init(settings.programName, stdin, stdout, stderr) else {
            history_end(history)
            throw .editorUnavailable
        }
        self.settings = settings
        self.editLine = editLine
        self.history = history
        self.session = session
        self.output = output
        session.editLine = editLine
        configureHistory()
        configureEditor()
    }

    deinit {
        el_end(editLine)
        history_end(history)
    }

    /// Reads one line with editing.
    /// - Parameter prompt: Shown exactly as given, e.g. `In [3]: `. ANSI colour
    ///   sequences are allowed and do not count towards its width.
    /// - Returns: The line without its newline, `.interrupted` after Ctrl-C, or
    ///   `.endOfInput` after Ctrl-D on an empty line or when the terminal closes.
    public func readLine(prompt: String) -> LineInput {
        readLine(prompt: prompt, indentation: "")
    }

    /// Reads a line that starts with `indentation` already typed (it can be deleted like typed text). When keys
    /// are already waiting (pasted text, which carries its own indentation) nothing is typed for them.
    public func readLine(prompt: String, indentation: String) -> LineInput {
        precondition(!isReading.exchange(true, ordering: .acquiring), "EditLineReader.readLine called concurrently")
        defer { isReading.store(false, ordering: .releasing) }

        InterruptSignal.drainWakeups()
        let baseline = InterruptSignal.count
        session.begin(prompt: prompt, interruptBaseline: baseline)
        output.beginReading()
        defer { output.endReading() }

        // el_gets prints the prompt before it switches the terminal to raw
        // mode; keys typed in between would be echoed by the terminal driver
        // and then drawn again by libedit. Switching first closes that gap.
        px_el_set_prepare_terminal(editLine, 1)
        if !indentation.isEmpty && !session.hasPendingInput { indentation.withCString { el_push(editLine, $0) } }
        var count: Int32 = 0
        if let text = el_gets(editLine, &count), count > 0 {
            var line = String(cString: text)
            if TerminalText.endsWithLineBreak(line) {
                line.unicodeScalars.removeLast()
            }
            session.paintAccepted(line)
            line = session.logicalText(line).text
            if settings.recordsEachLine { addHistory(line) }
            return .line(line)
        }
        session.moveBelowLine()
        if count == -1 && InterruptSignal.count != baseline && !session.reachedEndOfInput {
            return .interrupted
        }
        return .endOfInput
    }

    /// Colours the line being typed: returns the same characters with colour sequences added (painted over
    /// libedit's plain drawing after each key, laid out in display columns; a line with control characters stays
    /// plain). Default: nil, no colour.
    public var highlighter: ((String) -> String)? {
        get { session.highlighter }
        set { session.highlighter = newValue }
    }

    /// The continuation prompt (`   ...: `, plain text) shown at the start of each line after the first of a
    /// cell of several lines recalled from history; it is not part of the line returned. Default: none.
    public var continuationPrompt: String {
        get { session.continuationPrompt }
        set { session.continuationPrompt = newValue }
    }

    /// The continuation prompt as painted over the plain one in colour (the same characters, with colour
    /// sequences), when the line is coloured (see ``highlighter``). Default: nil, the plain prompt.
    public var paintedContinuationPrompt: String? {
        get { session.paintedContinuationPrompt }
        set { session.paintedContinuationPrompt = newValue }
    }

    /// Adds `entry` to history and saves the file: a whole cell of several lines is one entry, which Up
    /// recalls whole. (With ``EditLineSettings/recordsEachLine`` every accepted line is added by itself.)
    public func addHistory(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace) else { return }
        px_history_enter(history, entry)
        guard let path = settings.historyPath else { return }
        let temporary = "\(path).\(getpid()).tmp"
        if px_history_save(history, temporary) >= 0 {
            rename(temporary, path)
        } else {
            unlink(temporary)
        }
    }

    /// Shows `text` above the line being typed, from any thread.
    ///
    /// While a line is being read, the text is printed where the prompt was
    /// and the prompt and half-typed line are redrawn below it, intact.
    /// Otherwise it is written to standard output at once. A final line break
    /// is added if missing. Calls are serialised, so while the terminal does
    /// not accept output (e.g. after Ctrl-S) callers wait.
    /// - Parameter text: One or more lines.
    public func printAbove(_ text: String) {
        output.show(text)
    }

    // MARK: - Set-up

    private func configureEditor() {
        px_el_set_client_data(editLine, Unmanaged.passUnretained(session).toOpaque())
        px_el_set_editor(editLine, "emacs")
        px_el_set_signal(editLine, 1)
        px_el_set_prompt(
            editLine, EditLineSession.promptFunction, CChar(TerminalText.promptIgnoreMarker.asciiValue ?? 1))
        px_el_set_read_function(editLine, EditLineSession.readFunction)
        px_el_set_history(editLine, history)
        px_el_add_function(
            editLine, EditLineSession.completeCommandName, "complete the word before the cursor",
            EditLineSession.completeFunction)
        px_el_bind(editLine, "^I", EditLineSession.completeCommandName)
        session.history = history
        px_el_add_function(editLine, EditLineSession.historyUpCommandName, "previous entry starting with the typed text",
                           EditLineSession.historyUpFunction)
        px_el_add_function(editLine, EditLineSession.historyDownCommandName, "next entry starting with the typed text",
                           EditLineSession.historyDownFunction)
        for (keys, command) in [("\\e[A", EditLineSession.historyUpCommandName), ("\\eOA", EditLineSession.historyUpCommandName),
                                ("\\e[B", EditLineSession.historyDownCommandName), ("\\eOB", EditLineSession.historyDownCommandName)] {
            px_el_bind(editLine, keys, command)
        }
        px_el_add_function(editLine, EditLineSession.reverseSearchCommandName, "search history backwards as you type",
                           EditLineSession.reverseSearchFunction)
        px_el_bind(editLine, "^R", EditLineSession.reverseSearchCommandName)
        // The keys that move over or delete a character take a line break and its continuation prompt as one.
        // (Backspace, Ctrl-B, Ctrl-F and Ctrl-D are single keys the terminal's settings may rebind; the read hook
        // handles them.)
        let characterCommands = [
            (EditLineSession.backwardCharCommandName, "move back a character", EditLineSession.backwardCharFunction,
             ["\\e[D", "\\eOD"]),
            (EditLineSession.forwardCharCommandName, "move forward a character", EditLineSession.forwardCharFunction,
             ["\\e[C", "\\eOC"]),
            (EditLineSession.deleteCharCommandName, "delete the character under the cursor",
             EditLineSession.deleteCharFunction, ["\\e[3~"]),
        ]
        for (name, help, function, keys) in characterCommands + EditLineSession.wordCommands {
            px_el_add_function(editLine, name, help, function)
            for key in keys { px_el_bind(editLine, key, name) }
        }
        px_el_bind(editLine, EditLineSession.redisplayKeyBinding, "ed-redisplay")
    }

    private func configureHistory() {
        px_history_set_size(history, Int32(clamping: settings.historyLimit))
        px_history_set_unique(history, 1)
        if let path = settings.historyPath {
            // A missing file is normal on first use.
            _ = px_history_load(history, path)
        }
    }


    /// Creates the directories above `path`, like `mkdir -p`, mode 0700.
    private static func createParentDirectory(of path: String) throws(LineEditorError) {
        guard let slash = path.lastIndex(of: "/"), slash > path.startIndex else { return }
        let directory = String(path[..<slash])
        var prefix = directory.hasPrefix("/") ? "/" : ""
        for component in directory.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST {
                throw .historyDirectory(path: prefix, errno: errno)
            }
            prefix += "/"
        }
    }
}
