import PXTestSupport
import Testing

@Suite(.enabled(if: DemoTerminal.isAvailable), .timeLimit(.minutes(1)))
struct TerminalTextInputTests {
    /// The C locale: the reader must switch `LC_CTYPE` to UTF-8 itself.
    static let cLocale = ["LANG": "C", "LC_ALL": "", "LC_CTYPE": ""]

    @Test func nonASCIISurvivesUnderTheCLocale() async throws {
        let terminal = try await DemoTerminal.start(environment: Self.cLocale)
        try terminal.sendText("café → ünï ✓")
        try terminal.sendKeys("Enter")
        try await terminal.waitFor("got: café → ünï ✓")
    }

    @Test func backspaceDeletesAWholeCharacter() async throws {
        let terminal = try await DemoTerminal.start(environment: Self.cLocale)
        try terminal.sendText("é→")
        try terminal.sendKeys("BSpace", "Enter")
        let screen = try await terminal.waitFor("got: é")
        #expect(TmuxSession.lines(of: screen).contains("got: é"))
    }

    @Test func plainTextAndEmptyLinesAreEchoed() async throws {
        let terminal = try await DemoTerminal.start()
        try terminal.sendKeys("Enter")
        try await terminal.waitFor("In [2]: ")
        try terminal.sendKeys("print(1)", "Enter")
        // The next prompt is drawn after the echo: the screen is waited for whole.
        try await terminal.waitUntil("the echoes and the next prompt") {
            TmuxSession.lines(of: $0) == ["In [1]:", "got:", "In [2]: print(1)", "got: print(1)", "In [3]:"]
        }
    }
}
