import Glibc
import PXTestSupport
import Testing

/// Honest interrupts at a real terminal: Ctrl-C on a blocking map leaves its AsyncResult in `_`, and a later
/// Ctrl-C at the prompt only clears the line; an engine that dies while the shell is idle is announced.
@Suite("Interrupts and engine deaths at a terminal", .enabled(if: ShellTerminal.isAvailable), .serialized, .timeLimit(.minutes(3)))
struct ShellInterruptTerminalTests {
    @Test("Ctrl-C on map_sync binds the AsyncResult to _; a later Ctrl-C at the prompt interrupts nothing")
    func mapSyncLeavesAHandle() async throws {
        let shell = try ShellTerminal.start()
        try await shell.run("import swiftpx as ipp, time; rc = ipp.Client(); rc[:].execute(\"import time\", block=True); "
                            + "lv = rc.load_balanced_view()", at: 1)
        try await shell.run("%pxconfig --progress-after 0", at: 2)
        try await shell.waitForPrompt(3)
        try shell.enter("r = lv.map_sync(lambda x: time.sleep(0.3) or x, range(12))")
        try await shell.session.waitFor("/12 [")
        try shell.session.sendKeys("C-c")
        try await shell.session.waitFor("The interrupted AsyncResult is in _: _.get() waits again")
        try await shell.waitForPrompt(4)
        // Well after the press that stopped the wait: this one only clears the half-typed line.
        try await Task.sleep(for: .milliseconds(700))
        try shell.session.sendText("half typed")
        try shell.session.sendKeys("C-c")
        try shell.enter("ar = _")
        try await shell.waitForPrompt(5)
        try await shell.run("len(ar.get()), ar.successful()", at: 5, timeout: .seconds(30))
        let screen = try shell.session.capture()
        #expect(screen.contains("Out[5]: (12, True)"), "the screen was:\n\(screen)")
        #expect(!screen.contains("KeyboardInterrupt sent"))
    }

    @Test("an engine killed while the shell waits at the prompt is announced above it")
    func idleEngineDeath() async throws {
        let shell = try ShellTerminal.start()
        try await shell.run("import swiftpx as ipp; rc = ipp.Client()", at: 1)
        try await shell.run("%engines", at: 2)
        // The row of engine 1: id, host, pid, state, queue, done.
        let row = try #require(TmuxSession.lines(of: try shell.session.capture()).first {
            $0.split(separator: " ").first == "1" && $0.contains("running")
        })
        let pid = try #require(row.split(separator: " ").compactMap { Int32($0) }.dropFirst().first)
        #expect(kill(pid, SIGKILL) == 0)
        try await shell.session.waitFor("Engine 1 died", timeout: .seconds(30))
        try await shell.run("rc.ids", at: 3)
        #expect(try shell.session.capture().contains("Out[3]: [0]"))
    }
}
