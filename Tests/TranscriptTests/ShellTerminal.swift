import PXTestSupport
import Testing

/// The real `swiftpx` shell in a tmux terminal, with its own state directory and two engines.
struct ShellTerminal {
    let session: TmuxSession
    let stateDirectory: String

    static var isAvailable: Bool { TmuxSession.isAvailable }

    /// Starts `swiftpx ARGUMENTS` (default: the shell with two engines), reusing `stateDirectory` when given
    /// (for history across runs).
    static func start(_ arguments: [String] = ["-n", "2"], stateDirectory: String? = nil, width: Int = 100,
                      environment: [String: String] = [:]) throws -> ShellTerminal
    {
        let directory = stateDirectory ?? Transcript.temporaryStateDirectory()
        let session = try TmuxSession(command: [ProcessRunner.swiftpxExecutable] + arguments,
                                      environment: environment.merging(["SWIFTPX_DIR": directory]) { $1 },
                                      width: width, height: 40)
        return ShellTerminal(session: session, stateDirectory: directory)
    }

    /// The set-up of the tests that use the cluster: the client `rc`, whose engines have imported `time`, `time`
    /// imported here, the load-balanced view `lv` and the direct view `dv` of all engines.
    static let clusterSetup = "import swiftpx as ipp, time; rc = ipp.Client(); rc[:].execute(\"import time\", block=True); "
        + "lv = rc.load_balanced_view(); dv = rc[:]"

    /// Starts the shell (two engines), runs `clusterSetup` at prompt 1 and then each of `lines` at the next
    /// prompts, and waits for the prompt after them (number `lines.count + 2`).
    static func startWithCluster(then lines: [String] = [], width: Int = 100) async throws -> ShellTerminal {
        let shell = try start(width: width)
        for (i, line) in ([clusterSetup] + lines).enumerated() {
            try await shell.run(line, at: i + 1)
        }
        return shell
    }

    /// Types a line and presses Enter.
    func enter(_ line: String) throws {
        try session.sendText(line)
        try session.sendKeys("Enter")
    }

    /// Waits until the line being edited is `line` (trailing spaces included) with the cursor after it: a
    /// continuation prompt with the auto-indent typed, before typing more (keys typed ahead get no auto-indent).
    func waitForEditedLine(_ line: String, timeout: Duration = .seconds(30)) async throws {
        try await session.waitUntil("the edited line is '\(line)'", timeout: timeout) {
            try session.showsEditedLine(line, in: $0)
        }
    }

    /// Types the next line of a block once the continuation prompt shows `indent` spaces of auto-indent on the
    /// row below the one that ends with `previous` (the line entered before: until the terminal has drawn it, the
    /// screen may still show the continuation prompt it was typed at).
    func enterBlockLine(_ text: String, indent: Int, after previous: String) async throws {
        let edited = "   ...: " + String(repeating: " ", count: indent)
        try await session.waitUntil("the edited line is '\(edited)' below '\(previous)'") { screen in
            let lines = TmuxSession.lines(of: screen)
            guard lines.count >= 2, lines[lines.count - 2].hasSuffix(previous) else { return false }
            return try session.showsEditedLine(edited, in: screen)
        }
        try enter(text)
    }

    /// Waits until a progress bar (`/N [`) is drawn below the line `line` (the wait it started is running).
    func waitForProgressBar(after line: String) async throws {
        try await session.waitUntil("a progress bar below '\(line)'") { screen in
            let lines = TmuxSession.lines(of: screen)
            guard let start = lines.lastIndex(where: { $0.hasPrefix(line) }) else { return false }
            return lines[(start + 1)...].contains { $0.contains("/") && $0.contains(" [") }
        }
    }

    /// Types `line` at prompt `n` and waits until the wait it starts draws its progress bar below it (run
    /// `%pxconfig --progress-after 0` first).
    func startWaiting(_ line: String, at n: Int) async throws {
        try await waitForPrompt(n)
        try enter(line)
        try await waitForProgressBar(after: "In [\(n)]: \(line)")
    }

    /// Types the lines of a block: the first at the prompt, then each of `body` once the continuation prompt
    /// shows its auto-indent (`indent` spaces), as a person types after seeing it.
    func enterBlock(_ first: String, _ body: [(text: String, indent: Int)]) async throws {
        try enter(first)
        var previous = first
        for line in body {
            try await enterBlockLine(line.text, indent: line.indent, after: previous)
            previous = line.text
        }
    }

    /// Runs `line` at prompt `n` and expects the screen to show its value as `Out[n]: value`.
    func expectOut(_ line: String, at n: Int, _ value: String, sourceLocation: SourceLocation = #_sourceLocation)
        async throws
    {
        let screen = try await run(line, at: n)
        #expect(screen.contains("Out[\(n)]: \(value)"), "the screen was:\n\(screen)", sourceLocation: sourceLocation)
    }

    /// Waits for the prompt numbered `n`.
    @discardableResult
    func waitForPrompt(_ n: Int, timeout: Duration = .seconds(30)) async throws -> String {
        try await session.waitFor("In [\(n)]: ", timeout: timeout)
    }

    /// Runs `line` at prompt `n` and waits for prompt `n + 1`; returns the screen.
    @discardableResult
    func run(_ line: String, at n: Int, timeout: Duration = .seconds(30)) async throws -> String {
        try await waitForPrompt(n)
        try enter(line)
        return try await waitForPrompt(n + 1, timeout: timeout)
    }
}
