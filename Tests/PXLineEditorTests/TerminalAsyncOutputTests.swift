import PXTestSupport
import Testing

@Suite(.enabled(if: DemoTerminal.isAvailable), .timeLimit(.minutes(1)))
struct TerminalAsyncOutputTests {
    /// The highest `[async N]` number on the screen, or 0.
    private static func lastMessage(in screen: String) -> Int {
        TmuxSession.lines(of: screen).compactMap { line -> Int? in
            guard line.hasPrefix("[async "), let close = line.firstIndex(of: "]") else { return nil }
            return Int(line[line.index(line.startIndex, offsetBy: 7)..<close])
        }.max() ?? 0
    }

    /// The lines of the screen and of the rows scrolled off it, wrapped rows joined: messages keep coming after
    /// Enter, and under load they may push the echoed line off the screen between two looks.
    private static func everyLine(_ terminal: TmuxSession) throws -> [String] {
        TmuxSession.lines(of: try terminal.capture(joinWrappedLines: true, includingScrollback: true))
    }

    @Test func outputAppearsAboveTheHalfTypedLine() async throws {
        let terminal = try await DemoTerminal.start(["--async", "100"])
        try terminal.sendKeys("half")
        let typed = try await terminal.waitUntil("the text is typed") {
            try terminal.showsEditedLine("In [1]: half", in: $0)
        }
        let seen = Self.lastMessage(in: typed)

        // Two more messages arrive while the line is half typed; each time the
        // line is redrawn below them, intact, with the cursor at its end.
        let screen = try await terminal.waitUntil("two more messages above the line") {
            try Self.lastMessage(in: $0) >= seen + 2 && terminal.showsEditedLine("In [1]: half", in: $0)
        }
        let lines = TmuxSession.lines(of: screen)
        #expect(lines.filter { $0.hasPrefix("In [1]:") }.count == 1)
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("[async ") && $0.hasSuffix("] engine output") })

        try terminal.sendKeys(" tail", "Enter")
        try await terminal.waitUntil("the line is echoed") { _ in
            try Self.everyLine(terminal).contains("got: half tail")
        }
    }

    @Test func wrappedLineSurvivesMultiLineOutput() async throws {
        let text = String(repeating: "x", count: 70) + String(repeating: "y", count: 70)
        let terminal = try await DemoTerminal.start(["--async", "100", "--long-async"], width: 60)
        try terminal.sendKeys(text, "C-a")
        let typed = try await terminal.waitUntil("the text is typed", joinWrappedLines: true) {
            TmuxSession.lines(of: $0).last == "In [1]: " + text
        }
        let seen = Self.lastMessage(in: typed)

        // The line spans three rows and the cursor is on the first. (Messages keep coming: the screen checked is
        // the one the wait saw, not a later capture taken while a message is being printed.)
        let screen = try await terminal.waitUntil("two more messages above the line", joinWrappedLines: true) { screen in
            let lines = TmuxSession.lines(of: screen)
            guard Self.lastMessage(in: screen) >= seen + 2, lines.last == "In [1]: " + text else { return false }
            return try terminal.cursor() == (column: 8, row: TmuxSession.lines(of: try terminal.capture()).count - 3)
        }
        #expect(TmuxSession.lines(of: screen).filter { $0.hasPrefix("In [1]:") }.count == 1)

        try terminal.sendKeys("Enter")
        try await terminal.waitUntil("the line is echoed") { _ in
            try Self.everyLine(terminal).contains("got: " + text)
        }
    }
}
