@preconcurrency import Glibc
import PXTransport
import Synchronization

/// Numbers sessions so that concurrent tests use different tmux servers.
private let sessionCounter = Atomic<Int>(0)

/// A command running in a real terminal: a detached tmux session on its own
/// server, for tests of interactive behaviour.
///
/// The command runs directly (no shell between tmux and it), so it leads its
/// own process group, and Ctrl-C reaches only it. The pane stays after the
/// command exits (`remain-on-exit`), which gives its exit status. Everything
/// is torn down by `kill()` or when the value is released.
///
/// Waiting is polling `capture-pane` until a condition holds or a deadline
/// passes: see `waitFor(_:timeout:)`, `waitUntil(_:timeout:_:)` and
/// `waitForExit(timeout:)`.
public final class TmuxSession {
    /// An error driving tmux, or a wait that timed out.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public var message: String
        /// The pane's content when it happened, if known.
        public var screen: String?

        /// The message, followed by the screen if known.
        public var description: String {
            guard let screen else { return message }
            return "\(message)\n--- screen ---\n\(screen)\n--------------"
        }
    }

    /// The name passed to `tmux -L`, unique per session.
    public let socketName: String
    /// Width and height of the terminal.
    public let size: (width: Int, height: Int)
    private let tmux: String
    private let scratch: TemporaryDirectory
    /// The server's socket file, which `kill-server` leaves behind.
    private var socketPath: String?
    private var isKilled = false
    private static let target = "swiftpx-test"

    /// Whether `tmux` is installed.
    public static var isAvailable: Bool {
        ProcessRunner.locate("tmux") != nil
    }

    /// Starts `command` in a new detached session.
    /// - Parameters:
    ///   - command: The program (absolute path or found in `PATH`) and its arguments.
    ///   - environment: Variables set for the command on top of the test's
    ///     environment; an empty value makes a locale variable count as unset.
    ///     `TERM` is set by tmux. Default: none.
    ///   - width: Terminal columns. Default: 120.
    ///   - height: Terminal rows. Default: 40.
    /// - Throws: `Failure` if tmux is missing or the session cannot start.
    public init(
        command: [String],
        environment: [String: String] = [:],
        width: Int = 120,
        height: Int = 40
    ) throws(Failure) {
        guard let tmux = ProcessRunner.locate("tmux"), let env = ProcessRunner.locate("env") else {
            throw Failure(message: "tmux or env is not installed")
        }
        guard !command.isEmpty else {
            throw Failure(message: "empty command")
        }
        do {
            scratch = try TemporaryDirectory(prefix: "pxtmux")
        } catch {
            throw Failure(message: error.description)
        }
        self.tmux = tmux
        self.size = (width, height)
        let number = sessionCounter.add(1, ordering: .relaxed).newValue
        socketName = "pxtest-\(getpid())-\(number)"

        let configuration = """
            set -g status off
            set -g remain-on-exit on
            set -g default-terminal screen
            set -g history-limit 2000
            set -g escape-time 0

            """
        let configPath = scratch.file("tmux.conf")
        guard let file = fopen(configPath, "w") else {
            throw Failure(message: "cannot write \(configPath)")
        }
        fputs(configuration, file)
        fclose(file)

        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let arguments =
            ["-f", configPath, "new-session", "-d", "-s", Self.target, "-x", "\(width)", "-y", "\(height)", env]
            + assignments + command
        try run(arguments)
        let path = try run(["display-message", "-p", "#{socket_path}"]).split(separator: "\n").first
        socketPath = path.map(String.init)
    }

    deinit {
        kill()
    }

    // MARK: - Keys

    /// Sends keys as tmux `send-keys` does: each argument is a key name
    /// (`Tab`, `Up`, `Enter`, `C-c`, `C-d`, `BSpace`, …) or, if it is not one,
    /// its characters are typed.
    /// - Parameter keys: Key names or text, sent in order.
    /// - Throws: `Failure` if tmux fails.
    public func sendKeys(_ keys: String...) throws(Failure) {
        try run(["send-keys", "-t", Self.target] + keys)
    }

    /// Types `text` literally, even if it spells a key name. Use it for
    /// non-ASCII text.
    /// - Parameter text: The characters to type.
    /// - Throws: `Failure` if tmux fails.
    public func sendText(_ text: String) throws(Failure) {
        try run(["send-keys", "-t", Self.target, "-l", text])
    }

    // MARK: - Screen

    /// The visible screen, one line per row, without trailing spaces.
    /// - Parameters:
    ///   - joinWrappedLines: Joins rows the terminal wrapped into one
    ///     line (`capture-pane -J`). Default: `false`.
    ///   - includingScrollback: Starts with the rows scrolled off the top
    ///     (`capture-pane -S -`). Default: `false`.
    ///   - keepingColors: Keeps the colours as escape sequences (`capture-pane -e`). Default: `false`.
    /// - Returns: The pane's text.
    /// - Throws: `Failure` if tmux fails.
    public func capture(joinWrappedLines: Bool = false, includingScrollback: Bool = false, keepingColors: Bool = false)
        throws(Failure) -> String
    {
        try run(["capture-pane", "-p", "-t", Self.target] + (joinWrappedLines ? ["-J"] : [])
            + (includingScrollback ? ["-S", "-"] : []) + (keepingColors ? ["-e"] : []))
    }

    /// The screen's lines with trailing empty rows removed.
    /// - Parameter joinWrappedLines: As for `capture(joinWrappedLines:)`. Default: `false`.
    /// - Throws: `Failure` if tmux fails.
    public func lines(joinWrappedLines: Bool = false) throws(Failure) -> [String] {
        Self.lines(of: try capture(joinWrappedLines: joinWrappedLines))
    }

    /// Whether the screen's last non-empty line is `line` (trailing spaces
    /// aside) and the cursor stands right after it: for a prompt and the text
    /// typed so far, that the line is drawn intact and is being edited.
    /// - Parameters:
    ///   - line: The expected line; its columns are counted as characters.
    ///   - screen: A capture taken just before.
    /// - Throws: `Failure` if tmux fails.
    public func showsEditedLine(_ line: String, in screen: String) throws(Failure) -> Bool {
        let lines = Self.lines(of: screen)
        guard let last = lines.last, last == Self.trimmingTrailingSpaces(line) else { return false }
        let cursor = try cursor()
        return cursor.row == lines.count - 1 && cursor.column == line.count
    }

    /// The cursor's position, zero-based.
    /// - Throws: `Failure` if tmux fails or answers unexpectedly.
    public func cursor() throws(Failure) -> (column: Int, row: Int) {
        let answer = try run(["display-message", "-p", "-t", Self.target, "#{cursor_x} #{cursor_y}"])
        let fields = answer.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        guard fields.count == 2 else {
            throw Failure(message: "unexpected cursor position '\(answer)'")
        }
        return (fields[0], fields[1])
    }

    /// The command's exit status (128 + the signal number if a signal ended
    /// it), or `nil` while it runs.
    /// - Throws: `Failure` if tmux fails.
    public func exitStatus() throws(Failure) -> Int32? {
        let format = "#{pane_dead}|#{pane_dead_status}|#{pane_dead_signal}|#{pid}"
        let answer = try run(["display-message", "-p", "-t", Self.target, format])
        let firstLine = answer.split(separator: "\n").first ?? ""
        let fields = firstLine.split(separator: "|", omittingEmptySubsequences: false)
        guard fields.count == 4, fields[0] == "1" else { return nil }
        if let status = Int32(fields[1]) {
            return status
        }
        if let signal = Int32(fields[2]) {
            return 128 + signal
        }
        // The pane has closed but tmux has not reaped the command. tmux 3.3
        // built with libutempter sets SIGCHLD to SIG_DFL while a utempter
        // helper runs when a pane closes; a command exiting in that window
        // has its SIGCHLD discarded and stays a zombie. Another SIGCHLD makes
        // the server reap it (its handler loops on waitpid with WNOHANG). The
        // server has just answered, so the pid is current.
        if let serverPID = pid_t(fields[3]) {
            Glibc.kill(serverPID, SIGCHLD)
        }
        return nil
    }

    /// Stops the tmux server and the command. Safe to call more than once.
    public func kill() {
        guard !isKilled else { return }
        isKilled = true
        _ = try? ProcessRunner.run(
            [tmux, "-L", socketName, "kill-server"], outputFile: scratch.file("kill.out"))
        if let socketPath {
            unlink(socketPath)
        }
    }

    /// `text`'s lines without trailing spaces and without trailing empty lines.
    /// - Parameter text: A capture of the screen.
    public static func lines(of text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            trimmingTrailingSpaces(String($0))
        }
        while let last = lines.last, last.isEmpty {
            lines.removeLast()
        }
        return lines
    }

    /// `text` without spaces at its end, as `capture-pane` prints lines.
    public static func trimmingTrailingSpaces(_ text: String) -> String {
        var text = Substring(text)
        while text.last == " " {
            text.removeLast()
        }
        return String(text)
    }

    // MARK: - Running tmux

    @discardableResult
    private func run(_ arguments: [String]) throws(Failure) -> String {
        let result: ProcessOutput
        do {
            result = try ProcessRunner.run([tmux, "-u", "-L", socketName] + arguments, outputFile: scratch.file("out"))
        } catch {
            throw Failure(message: error.description)
        }
        guard result.status == 0 else {
            throw Failure(message: "tmux \(arguments.joined(separator: " ")) failed: \(result.output)")
        }
        return result.output
    }
}
