import PXTestSupport
import Testing

/// Editing at a real terminal: Up and Down search history by the typed prefix; Tab completes keyword names
/// of client methods, magic options and attributes of subscripted objects.
@Suite("Editing at a terminal", .enabled(if: ShellTerminal.isAvailable), .serialized, .timeLimit(.minutes(3)))
struct ShellEditingTerminalTests {
    @Test("Up recalls the latest entry that starts with the typed text; Down goes back to the typed text")
    func prefixHistory() async throws {
        let shell = try ShellTerminal.start()
        try await shell.run("alpha = 1", at: 1)
        try await shell.run("beta = 2", at: 2)
        try await shell.run("alpha + beta", at: 3)
        try await shell.waitForPrompt(4)
        try shell.session.sendText("al")
        try shell.session.sendKeys("Up")
        try await shell.session.waitFor("In [4]: alpha + beta")
        try shell.session.sendKeys("Up")
        try await shell.session.waitFor("In [4]: alpha = 1")
        try shell.session.sendKeys("Down")
        try shell.session.sendKeys("Down")
        try await shell.session.waitUntil("the typed text is back") { screen in
            TmuxSession.lines(of: screen).last { !$0.isEmpty } == "In [4]: al"
        }
        try shell.session.sendText("pha * 10")
        try shell.session.sendKeys("Enter")
        try await shell.waitForPrompt(5)
        #expect(try shell.session.capture().contains("Out[4]: 10"))
    }

    @Test("Tab completes keyword names of lv.map, options of %pxconfig, and attributes after rc[0].")
    func completion() async throws {
        let shell = try ShellTerminal.start()
        try await shell.run("import swiftpx as ipp; rc = ipp.Client(); lv = rc.load_balanced_view()", at: 1)
        try await shell.waitForPrompt(2)
        try shell.session.sendText("ar = lv.map(lambda x: x, range(4), chu")
        try shell.session.sendKeys("Tab")
        try await shell.session.waitFor("In [2]: ar = lv.map(lambda x: x, range(4), chunksize=")
        try shell.enter("2)")
        try await shell.waitForPrompt(3)
        try shell.session.sendText("%pxconfig --ti")
        try shell.session.sendKeys("Tab")
        try await shell.session.waitFor("In [3]: %pxconfig --timing")
        try shell.enter("")
        try await shell.waitForPrompt(4)
        try shell.session.sendText("rc[0].apply_s")
        try shell.session.sendKeys("Tab")
        try await shell.session.waitFor("In [4]: rc[0].apply_sync")
        try shell.enter("(lambda: 6 * 7)")
        try await shell.waitForPrompt(5)
        #expect(try shell.session.capture().contains("Out[4]: 42"))
    }
}
