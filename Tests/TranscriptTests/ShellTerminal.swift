import PXTestSupport

/// The real `swiftpx` shell in a tmux terminal, with its own state directory and two engines.
struct ShellTerminal {
    let session: TmuxSession
    let stateDirectory: String

    static var isAvailable: Bool { TmuxSession.isAvailable }

    /// Starts `swiftpx ARGUMENTS` (default: the shell with two engines), reusing `stateDirectory` when given
    /// (for history across runs).
    static func start(_ arguments: [String] = ["-n", "2"], stateDirectory: String? = nil, width: Int = 100)
        throws -> ShellTerminal
    {
        let directory = stateDirectory ?? Transcript.temporaryStateDirectory()
        let session = try TmuxSession(command: [ProcessRunner.swiftpxExecutable] + arguments,
                                      environment: ["SWIFTPX_DIR": directory], width: width, height: 40)
        return ShellTerminal(session: session, stateDirectory: directory)
    }

    /// Types a line and presses Enter.
    func enter(_ line: String) throws {
        try session.sendText(line)
        try session.sendKeys("Enter")
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
