import PXTestSupport
import Testing

@Suite(.enabled(if: DemoTerminal.isAvailable), .timeLimit(.minutes(1)))
struct TerminalCompletionTests {
    @Test func uniquePrefixCompletesFully() async throws {
        let terminal = try await DemoTerminal.start()
        try terminal.sendKeys("pri", "Tab")
        try await terminal.waitUntil("'pri' became 'print'") { try terminal.showsEditedLine("In [1]: print", in: $0) }
        try terminal.sendKeys("Enter")
        // The whole echo is waited for: a screen read once `got: ` shows may not have the rest yet.
        let screen = try await terminal.waitFor("got: print")
        #expect(TmuxSession.lines(of: screen).contains("got: print"))
    }

    @Test func dottedNameCompletes() async throws {
        let terminal = try await DemoTerminal.start()
        try terminal.sendKeys("x = math.sq", "Tab")
        try await terminal.waitUntil("'math.sq' became 'math.sqrt'") {
            try terminal.showsEditedLine("In [1]: x = math.sqrt", in: $0)
        }
        try terminal.sendKeys("Enter")
        try await terminal.waitUntil("the line is echoed") { TmuxSession.lines(of: $0).contains("got: x = math.sqrt") }
    }

    @Test func commonPrefixIsInsertedFirst() async throws {
        let terminal = try await DemoTerminal.start()
        try terminal.sendKeys("ma", "Tab")
        try await terminal.waitUntil("'ma' became 'math.'") { try terminal.showsEditedLine("In [1]: math.", in: $0) }
    }

    @Test func severalCandidatesAreListedBelowTheLine() async throws {
        let terminal = try await DemoTerminal.start()
        try terminal.sendKeys("math.s", "Tab")
        let screen = try await terminal.waitUntil("the candidates are listed") {
            try terminal.showsEditedLine("In [1]: math.s", in: $0) && TmuxSession.lines(of: $0).count == 3
        }
        #expect(TmuxSession.lines(of: screen) == ["In [1]: math.s", "math.sin   math.sqrt", "In [1]: math.s"])

        // The redrawn line is live: typing continues it.
        try terminal.sendKeys("qrt", "Enter")
        try await terminal.waitUntil("the line is echoed") { TmuxSession.lines(of: $0).contains("got: math.sqrt") }
    }

    @Test func twoShortCandidatesShareALine() async throws {
        let terminal = try await DemoTerminal.start()
        try terminal.sendKeys("p", "Tab")
        let screen = try await terminal.waitUntil("the candidates are listed") {
            try terminal.showsEditedLine("In [1]: p", in: $0) && TmuxSession.lines(of: $0).count == 3
        }
        #expect(TmuxSession.lines(of: screen)[1] == "pow    print")
    }

    @Test func noCandidateInsertsNothing() async throws {
        let terminal = try await DemoTerminal.start()
        try terminal.sendKeys("zz", "Tab", "!", "Enter")
        try await terminal.waitUntil("the line is echoed") { TmuxSession.lines(of: $0).contains("got: zz!") }
    }
}
