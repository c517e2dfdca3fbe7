import PXTestSupport
import Testing

@Suite(.enabled(if: DemoTerminal.isAvailable), .timeLimit(.minutes(1)))
struct TerminalInterruptTests {
    @Test func ctrlCDiscardsTheHalfTypedLine() async throws {
        let terminal = try await DemoTerminal.start()
        try terminal.sendKeys("half typed")
        try await terminal.waitUntil("the text is typed") { try terminal.showsEditedLine("In [1]: half typed", in: $0) }
        try terminal.sendKeys("C-c")
        let screen = try await terminal.waitUntil("a fresh prompt") { try terminal.showsEditedLine("In [1]: ", in: $0) }
        #expect(TmuxSession.lines(of: screen) == ["In [1]: half typed", "In [1]:"])

        try terminal.sendKeys("next", "Enter")
        // The next prompt is drawn after the echo: both are waited for on one screen.
        let after = try await terminal.waitUntil("the echo and the next prompt") {
            $0.contains("got: next") && TmuxSession.lines(of: $0).last == "In [2]:"
        }
        #expect(!after.contains("got: half typed"))
    }

    @Test func ctrlCOnAnEmptyLineGivesAFreshPrompt() async throws {
        let terminal = try await DemoTerminal.start()
        try terminal.sendKeys("C-c")
        try await terminal.waitUntil("a second prompt") { TmuxSession.lines(of: $0) == ["In [1]:", "In [1]:"] }
        try terminal.sendKeys("ok", "Enter")
        try await terminal.waitFor("got: ok")
    }

    @Test func ctrlCOnAWrappedLineKeepsItVisible() async throws {
        let text = String(repeating: "x", count: 70) + String(repeating: "y", count: 70)
        let terminal = try await DemoTerminal.start(width: 60)
        try terminal.sendKeys(text, "C-a")
        // The cursor starts at (8, 0) too, so wait for the whole line first: a Ctrl-C that reaches the
        // terminal before the editor has read the text makes the kernel discard the unread input.
        try await terminal.waitUntil("the line is drawn and the cursor is back at the start", joinWrappedLines: true) {
            try TmuxSession.lines(of: $0).first == "In [1]: " + text && terminal.cursor() == (column: 8, row: 0)
        }
        try terminal.sendKeys("C-c")
        // The prompt may be on the screen before the cursor stands after it: both are waited for.
        let screen = try await terminal.waitUntil("a fresh prompt below the line, the cursor after it",
                                                  joinWrappedLines: true) {
            try TmuxSession.lines(of: $0).count == 2 && terminal.cursor() == (column: 8, row: 3)
        }
        #expect(TmuxSession.lines(of: screen) == ["In [1]: " + text, "In [1]:"])
    }

    @Test func ctrlDOnAnEmptyLineExitsWithStatusZero() async throws {
        let terminal = try await DemoTerminal.start()
        try terminal.sendKeys("C-d")
        // tmux may see the command exit before it has drawn the command's last output, so the goodbye is
        // waited for on the screen rather than read once after the exit.
        try await terminal.waitFor("bye")
        let status = try await terminal.waitForExit()
        #expect(status == 0)
    }

    @Test func ctrlDInsideALineDeletesACharacter() async throws {
        let terminal = try await DemoTerminal.start()
        try terminal.sendKeys("abc", "C-a", "C-d", "Enter")
        try await terminal.waitFor("got: bc")
        #expect(try terminal.exitStatus() == nil)
    }
}
