import PXTestSupport
import Testing

@Suite(.enabled(if: DemoTerminal.isAvailable), .timeLimit(.minutes(1)))
struct TerminalHistoryTests {
    @Test func upRecallsALineFromThePreviousRun() async throws {
        let directory = try TemporaryDirectory()
        // The directory holding the history file does not exist yet.
        let history = directory.file("state/swiftpx/history")

        let first = try await DemoTerminal.start(["--history", history])
        try first.sendKeys("x = 42", "Enter")
        try await first.waitFor("got: x = 42")
        // A blank line is not stored, so Up in the next run skips it.
        try first.sendKeys("   ", "Enter")
        try await first.waitFor("In [3]: ")
        // No Ctrl-D: the file was saved after each line, so ending the
        // process abruptly loses nothing.
        first.kill()

        let second = try await DemoTerminal.start(["--history", history])
        try second.sendKeys("Up")
        try await second.waitUntil("Up recalls 'x = 42'") { try second.showsEditedLine("In [1]: x = 42", in: $0) }
        try second.sendKeys("Enter")
        try await second.waitFor("got: x = 42")
    }

    @Test func repeatedLinesAreStoredOnce() async throws {
        let directory = try TemporaryDirectory()
        let terminal = try await DemoTerminal.start(["--history", directory.file("history")])
        try terminal.sendKeys("first", "Enter", "second", "Enter", "second", "Enter")
        try await terminal.waitFor("In [4]: ")
        try terminal.sendKeys("Up", "Up")
        try await terminal.waitUntil("two Ups reach 'first'") { try terminal.showsEditedLine("In [4]: first", in: $0) }
    }

    @Test func nonASCIILinesRoundTripThroughTheFile() async throws {
        let directory = try TemporaryDirectory()
        let history = directory.file("history")
        let first = try await DemoTerminal.start(["--history", history])
        try first.sendText("naïve → ✓")
        try first.sendKeys("Enter")
        try await first.waitFor("got: naïve → ✓")
        try first.sendKeys("C-d")
        let status = try await first.waitForExit()
        #expect(status == 0)

        let second = try await DemoTerminal.start(["--history", history])
        try second.sendKeys("Up", "Enter")
        try await second.waitFor("got: naïve → ✓")
    }
}
