import PXTestSupport
import Testing

/// Starts `LineEditorDemo` in a real terminal (tmux) for the terminal tests.
enum DemoTerminal {
    /// Whether the terminal tests can run: tmux is installed and the demo is built.
    static var isAvailable: Bool {
        TmuxSession.isAvailable && BuiltProduct.executable(named: "LineEditorDemo") != nil
    }

    /// Starts the demo and waits for its first prompt.
    /// - Parameters:
    ///   - arguments: Extra demo options (`--history PATH`, `--async MS`).
    ///   - environment: Extra variables. Default: a UTF-8 locale.
    ///   - width: Terminal columns. Default: 120.
    ///   - expectedPrompt: The first prompt. Default: `In [1]: `.
    static func start(
        _ arguments: [String] = [],
        environment: [String: String] = ["LANG": "C.UTF-8", "LC_ALL": ""],
        width: Int = 120,
        expectedPrompt: String = "In [1]: "
    ) async throws -> TmuxSession {
        let demo = try #require(BuiltProduct.executable(named: "LineEditorDemo"))
        let session = try TmuxSession(command: [demo] + arguments, environment: environment, width: width)
        try await session.waitFor(expectedPrompt)
        return session
    }
}
