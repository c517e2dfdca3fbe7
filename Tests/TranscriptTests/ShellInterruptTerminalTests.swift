import Glibc
import PXTestSupport
import Testing

/// Honest interrupts at a real terminal: Ctrl-C on a blocking map leaves its AsyncResult in `_`; a Ctrl-C at
/// the prompt only clears the line; the second press while waiting says what runs and what stays queued; an
/// engine that dies while the shell is idle is announced.
@Suite("Interrupts and engine deaths at a terminal", .enabled(if: ShellTerminal.isAvailable), .serialized, .timeLimit(.minutes(3)))
struct ShellInterruptTerminalTests {
    @Test("Ctrl-C on map_sync binds the AsyncResult to _; a Ctrl-C at the prompt right after interrupts nothing")
    func mapSyncLeavesAHandle() async throws {
        // The tasks wait for a file that the test creates once the Ctrl-C has stopped the wait: tasks that merely
        // slept could all finish before the key arrived on a loaded machine, and nothing would be interrupted.
        let gate = Transcript.temporaryStateDirectory() + "/gate"
        let shell = try await ShellTerminal.startWithCluster(then: [
            "%pxconfig --progress-after 0",
            "dv.execute(\"import os\\ndef gated(x):\\n    while not os.path.exists('\(gate)'):\\n        "
                + "time.sleep(0.02)\\n    return x\", block=True)",
        ])
        try await shell.startWaiting("r = lv.map_sync(lambda x: gated(x), range(12))", at: 4)
        try shell.session.sendKeys("C-c")
        try await shell.session.waitFor("The interrupted AsyncResult is in _: _.get() waits again")
        try await shell.waitForPrompt(5)
        // At once, well within the second-press window: a press at the prompt only clears the half-typed line.
        try shell.session.sendText("half typed")
        try await shell.waitForEditedLine("In [5]: half typed")
        try shell.session.sendKeys("C-c")
        try await shell.waitForEditedLine("In [5]: ")
        try shell.enter("ar = _")
        let file = open(gate, O_CREAT | O_WRONLY, 0o644)
        #expect(file >= 0)
        close(file)
        try await shell.run("len(ar.get()), ar.successful()", at: 6, timeout: .seconds(30))
        let screen = try shell.session.capture()
        #expect(screen.contains("Out[6]: (12, True)"), "the screen was:\n\(screen)")
        #expect(!screen.contains("KeyboardInterrupt sent"))
    }

    @Test("the second Ctrl-C, pressed while waiting, says how many tasks run and how many stay queued")
    func honestCounts() async throws {
        let shell = try await ShellTerminal.startWithCluster(then: [
            "%pxconfig --progress-after 0", "ar = lv.map_async(lambda x: time.sleep(20), range(10))",
        ])
        try await shell.startWaiting("ar.get()", at: 4)
        try shell.session.sendKeys("C-c")
        try await shell.startWaiting("ar.get()", at: 5)
        try shell.session.sendKeys("C-c")
        let note = "KeyboardInterrupt sent to 2 running tasks; 8 queued tasks go on (_.abort() drops them)"
        try await shell.session.waitUntil("the note", joinWrappedLines: true) {
            TmuxSession.lines(of: $0).contains(note)
        }
        try await shell.expectOut("_ is ar", at: 6, "True")
    }

    @Test("an engine killed while the shell waits at the prompt is announced above it")
    func idleEngineDeath() async throws {
        let shell = try ShellTerminal.start()
        try await shell.run("import swiftpx as ipp; rc = ipp.Client()", at: 1)
        try await shell.run("%engines", at: 2)
        // The row of engine 1: id, host, pid, state, queue, done.
        let screen = try shell.session.capture()
        let row = try #require(TmuxSession.lines(of: screen).first {
            $0.split(separator: " ").first == "1" && $0.contains("running")
        }, "the screen was:\n\(screen)")
        let pid = try #require(row.split(separator: " ").compactMap { Int32($0) }.dropFirst().first)
        #expect(kill(pid, SIGKILL) == 0)
        try await shell.session.waitFor("Engine 1 died", timeout: .seconds(30))
        try await shell.expectOut("rc.ids", at: 3, "[0]")
    }
}
