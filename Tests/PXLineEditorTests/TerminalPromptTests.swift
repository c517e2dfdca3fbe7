import PXTestSupport
import Testing

@Suite(.enabled(if: DemoTerminal.isAvailable), .timeLimit(.minutes(1)))
struct TerminalPromptTests {
    @Test func promptPassedPerLineAppearsExactly() async throws {
        let terminal = try await DemoTerminal.start()
        try terminal.sendKeys("for i in range(3):", "Enter")
        try await terminal.waitUntil("a continuation prompt") { try terminal.showsEditedLine("   ...: ", in: $0) }
        try terminal.sendKeys("print(i)", "Enter", "Enter")
        let screen = try await terminal.waitUntil("the next cell's prompt") {
            try terminal.showsEditedLine("In [2]: ", in: $0)
        }
        #expect(
            TmuxSession.lines(of: screen) == [
                "In [1]: for i in range(3):", "got: for i in range(3):",
                "   ...: print(i)", "got: print(i)",
                "   ...:", "got:",
                "In [2]:",
            ])
    }

    @Test func autopxPrefixIsShown() async throws {
        let terminal = try await DemoTerminal.start(["--prompt-prefix", "[px] "], expectedPrompt: "[px] In [1]: ")
        try terminal.sendKeys("x")
        try await terminal.waitUntil("the typed text") { try terminal.showsEditedLine("[px] In [1]: x", in: $0) }
    }

    @Test func colourSequencesDoNotShiftTheCursor() async throws {
        let terminal = try await DemoTerminal.start(["--color"])
        try terminal.sendKeys("abc", "Left")
        // The prompt is 8 columns wide whatever its escape sequences.
        try await terminal.waitUntil("the cursor before 'c'") { screen in
            try TmuxSession.lines(of: screen) == ["In [1]: abc"] && terminal.cursor() == (column: 10, row: 0)
        }
        try terminal.sendKeys("X", "Enter")
        try await terminal.waitFor("got: abXc")
    }
}
