import PXTestSupport

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

    /// Types the next line of a block once the continuation prompt shows `indent` spaces of auto-indent.
    func enterBlockLine(_ text: String, indent: Int) async throws {
        try await waitForEditedLine("   ...: " + String(repeating: " ", count: indent))
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
