extension TmuxSession {
    /// How often the waits poll the screen.
    static let pollInterval = Duration.milliseconds(20)

    /// Waits until the screen contains `text`.
    ///
    /// `capture-pane` drops spaces at the end of a line, so trailing spaces of
    /// `text` are ignored: `waitFor("In [1]: ")` matches an empty prompt.
    /// - Parameters:
    ///   - text: The text to look for.
    ///   - timeout: The deadline. Default: 15 seconds (builds may share the machine).
    /// - Returns: The screen that contained it.
    /// - Throws: `Failure` with the last screen if the deadline passes.
    @discardableResult
    public func waitFor(_ text: String, timeout: Duration = .seconds(15)) async throws -> String {
        let needle = Self.trimmingTrailingSpaces(text)
        return try await waitUntil("screen shows '\(text)'", timeout: timeout) { $0.contains(needle) }
    }

    /// Waits until `condition` holds for the screen.
    /// - Parameters:
    ///   - description: What is awaited, for the error message.
    ///   - timeout: The deadline. Default: 15 seconds.
    ///   - joinWrappedLines: Captures with wrapped rows joined. Default: `false`.
    ///   - condition: A test on the captured screen; an error it throws ends the wait.
    /// - Returns: The screen for which `condition` held.
    /// - Throws: `Failure` with the last screen if the deadline passes.
    @discardableResult
    public func waitUntil(
        _ description: String,
        timeout: Duration = .seconds(15),
        joinWrappedLines: Bool = false,
        _ condition: (String) throws -> Bool
    ) async throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            let screen = try capture(joinWrappedLines: joinWrappedLines)
            if try condition(screen) {
                return screen
            }
            guard clock.now < deadline else {
                throw Failure(message: "timed out after \(timeout) waiting until \(description)", screen: screen)
            }
            try await Task.sleep(for: Self.pollInterval)
        }
    }

    /// Waits until the command has exited.
    /// - Parameter timeout: The deadline. Default: 15 seconds.
    /// - Returns: Its exit status.
    /// - Throws: `Failure` with the last screen if the deadline passes.
    public func waitForExit(timeout: Duration = .seconds(15)) async throws -> Int32 {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            if let status = try exitStatus() {
                return status
            }
            guard clock.now < deadline else {
                throw Failure(
                    message: "timed out after \(timeout) waiting for the command to exit", screen: try? capture())
            }
            try await Task.sleep(for: Self.pollInterval)
        }
    }
}
