import PXTestSupport
import Testing

/// The shell at a real terminal (libedit in a tmux pane): completion, history, Ctrl-C, Ctrl-D, blocks,
/// `%autopx`, live progress, engine output while typing, interrupts, and the tutorial.
@Suite("Shell at a terminal", .enabled(if: ShellTerminal.isAvailable), .serialized, .timeLimit(.minutes(3)))
struct ShellTerminalTests {
    @Test("Tab completes names, attributes after a dot, and keywords inside a call")
    func completion() async throws {
        let shell = try ShellTerminal.start()
        try await shell.run("import math", at: 1)
        try shell.session.sendText("pri")
        try shell.session.sendKeys("Tab")
        try await shell.session.waitFor("In [2]: print")
        try shell.session.sendText("(math.sq")
        try shell.session.sendKeys("Tab")
        try await shell.session.waitFor("In [2]: print(math.sqrt")
        try shell.enter("(16))")
        let screen = try await shell.waitForPrompt(3)
        #expect(screen.contains("4.0"))
        try await shell.run("def scale(xs, factor=2): return [x * factor for x in xs]", at: 3)
        try shell.session.sendText("scale([1], fac")
        try shell.session.sendKeys("Tab")
        try await shell.session.waitFor("In [4]: scale([1], factor=")
        try shell.enter("5)")
        try await shell.waitForPrompt(5)
        #expect(try shell.session.capture().contains("Out[4]: [5]"))
        try shell.session.sendKeys("C-d")
        #expect(try await shell.session.waitForExit() == 0)
    }

    @Test("Up recalls a line typed in the previous run; Ctrl-C drops a half-typed line; Ctrl-D exits with 0")
    func historyAndKeys() async throws {
        let first = try ShellTerminal.start()
        try await first.run("remembered = 41 + 1", at: 1)
        try first.session.sendKeys("C-d")
        #expect(try await first.session.waitForExit() == 0)

        let second = try ShellTerminal.start(stateDirectory: first.stateDirectory)
        try await second.waitForPrompt(1)
        try second.session.sendKeys("Up")
        try await second.session.waitFor("In [1]: remembered = 41 + 1")
        try second.session.sendKeys("C-c")
        try await second.session.waitUntil("a fresh prompt") { screen in
            TmuxSession.lines(of: screen).last { !$0.isEmpty } == "In [1]:"
        }
        // Each key waits for the screen: the terminal discards keys not yet read when Ctrl-C reaches it.
        try second.session.sendText("half typed")
        try await second.waitForEditedLine("In [1]: half typed")
        try second.session.sendKeys("C-c")
        try await second.session.waitUntil("the line dropped, under a fresh prompt") { screen in
            let lines = TmuxSession.lines(of: screen)
            return lines.suffix(2) == ["In [1]: half typed", "In [1]:"]
        }
        try second.enter("1 + 1")
        let screen = try await second.waitForPrompt(2)
        #expect(screen.contains("Out[1]: 2"))
        try second.session.sendKeys("C-d")
        #expect(try await second.session.waitForExit() == 0)
    }

    @Test("Ctrl-C stops a running loop with KeyboardInterrupt and the shell goes on")
    func ctrlCStopsALoop() async throws {
        let shell = try ShellTerminal.start(["-n", "1"])
        try await shell.waitForPrompt(1)
        // Auto-indent types the block's indentation.
        try await shell.enterBlock("def spin():", [("print('spinning')", 4), ("while True: pass", 4), ("", 4)])
        try await shell.waitForPrompt(2)
        try shell.enter("spin()")
        // The marker is printed by the running cell itself: the loop has started. (The line alone: the block above
        // shows `print('spinning')` already, and a Ctrl-C sent before the cell runs only clears the line.)
        try await shell.session.waitUntil("the cell prints spinning") { TmuxSession.lines(of: $0).contains("spinning") }
        try shell.session.sendKeys("C-c")
        try await shell.session.waitFor("KeyboardInterrupt")
        try await shell.expectOut("'after'", at: 3, "'after'")
    }

    @Test("a multi-line def typed at the prompt works: auto-indent after ':', dedent after return")
    func blockAtThePrompt() async throws {
        let shell = try ShellTerminal.start()
        try await shell.waitForPrompt(1)
        try await shell.enterBlock("def pick(x):", [("if x:", 4), ("return 'yes'", 8), ("return 'no'", 4), ("", 0)])
        try await shell.expectOut("pick(1), pick(0)", at: 2, "('yes', 'no')")
        try await shell.run("%history", at: 3)
        #expect(try shell.session.capture().contains("def pick(x):\n    if x:\n        return 'yes'\n    return 'no'"))
    }

    @Test("%autopx shows [px] in the prompt and sends lines to the engines")
    func autopxPrompt() async throws {
        let shell = try ShellTerminal.start()
        try await shell.run("import swiftpx as ipp; rc = ipp.Client()", at: 1)
        try await shell.waitForPrompt(2)
        try shell.enter("%autopx")
        try await shell.session.waitFor("[px] In [3]: ")
        try shell.enter("print('on the engines')")
        try await shell.session.waitFor("[stdout:1] on the engines")
        try await shell.session.waitFor("[px] In [4]: ")
        try shell.enter("%autopx")
        try await shell.session.waitFor("%autopx disabled")
        let screen = try await shell.waitForPrompt(5)
        #expect(TmuxSession.lines(of: screen).last { !$0.isEmpty } == "In [5]:")
    }

    @Test("a blocking map shows a live progress bar counting items, then clears it")
    func progressBar() async throws {
        let shell = try await ShellTerminal.startWithCluster(then: ["%pxconfig --progress-after 0.2"])
        try shell.enter("r = lv.map_sync(lambda x: time.sleep(0.1) or x, range(40))")
        let during = try await shell.session.waitUntil("the bar shows items") { screen in
            screen.contains("<lambda>:") && screen.contains("/40 [") && screen.contains("items/s]")
        }
        #expect(during.contains("%|"))
        let after = try await shell.waitForPrompt(4)
        #expect(!after.contains("items/s]"))
        try await shell.expectOut("len(r), r[-1]", at: 4, "(40, 39)")
    }

    @Test("while a blocking call waits, engine output appears as it is printed")
    func liveOutputDuringABlockingCall() async throws {
        let shell = try await ShellTerminal.startWithCluster()
        try shell.enter("rc[0].apply_sync(lambda: print('first') or time.sleep(1.5) or print('second') or 7)")
        let early = try await shell.session.waitFor("[stdout:0] first")
        #expect(!early.contains("[stdout:0] second") && !early.contains("In [3]:"))
        let done = try await shell.waitForPrompt(3)
        #expect(done.contains("[stdout:0] second") && done.contains("Out[2]: 7"))
        try await shell.run("ar = rc[:].apply_async(lambda: time.sleep(1.5))", at: 3)
        try await shell.waitForPrompt(4)
        try shell.enter("ar.wait_interactive()")
        try await shell.session.waitUntil("wait_interactive shows the bar at once") { $0.contains("/2 [") }
        try await shell.waitForPrompt(5)
    }

    @Test("engine output arriving while typing is printed above the prompt, and the half-typed line stays")
    func outputWhileTyping() async throws {
        let shell = try await ShellTerminal.startWithCluster()
        try await shell.run("ar = rc[0].apply_async(lambda: time.sleep(1.5) or print('late news'))", at: 2)
        try shell.session.sendText("x = 12")
        // The output is printed first and the line redrawn below it after, so both are waited for on one screen.
        try await shell.session.waitUntil("the news above the half-typed line", timeout: .seconds(20)) { screen in
            let lines = TmuxSession.lines(of: screen).filter { !$0.isEmpty }
            return lines.contains("[stdout:0] late news") && lines.last == "In [3]: x = 12"
        }
        try shell.session.sendKeys("Enter")
        try await shell.expectOut("x", at: 4, "12")
    }

    @Test("Ctrl-C stops waiting for a long map, the shell survives and ar.get() still returns")
    func ctrlCDuringALongMap() async throws {
        let shell = try await ShellTerminal.startWithCluster(then: [
            "%pxconfig --progress-after 0", "ar = lv.map_async(lambda x: time.sleep(0.1) or x * x, range(30))",
        ])
        // The progress bar is drawn by the wait itself: the shell is waiting.
        try await shell.startWaiting("ar.get()", at: 4)
        try shell.session.sendKeys("C-c")
        try await shell.session.waitFor("KeyboardInterrupt: stopped waiting; the tasks go on")
        try await shell.run("total = sum(ar.get())", at: 5)
        try await shell.run("total", at: 6)
        let screen = try shell.session.capture()
        #expect(screen.contains("Out[6]: 8555"), "the screen was:\n\(screen)")
    }

    @Test("a second Ctrl-C interrupts the running tasks, which fail with KeyboardInterrupt")
    func secondCtrlCInterrupts() async throws {
        let shell = try await ShellTerminal.startWithCluster(then: [
            "%pxconfig --progress-after 0", "ar = rc[0].apply_async(time.sleep, 60)",
        ])
        // The progress bar is drawn by the wait itself: the shell is waiting.
        try await shell.startWaiting("ar.get()", at: 4)
        try shell.session.sendKeys("C-c")
        try await shell.session.waitFor("stopped waiting")
        // A press counts as the second one while waiting again.
        try await shell.startWaiting("ar.get()", at: 5)
        try shell.session.sendKeys("C-c")
        try await shell.session.waitFor("KeyboardInterrupt sent to 1 running task")
        try await shell.run("ar.get()", at: 6, timeout: .seconds(10))
        #expect(try shell.session.capture().contains("[0:apply] KeyboardInterrupt"))
        try await shell.expectOut("rc[0].apply_sync(lambda: 'still serving')", at: 7, "'still serving'")
    }

    @Test("swiftpx tutorial shows a step, runs it on Enter and quits on q")
    func tutorialStepping() async throws {
        let shell = try ShellTerminal.start(["tutorial", "01", "-n", "1", "--dir", Transcript.root + "/sessions"])
        try await shell.session.waitFor("01-language: step 1 of ")
        try await shell.session.waitFor("· q: quit]")
        let first = try shell.session.capture()
        #expect(first.contains("# Welcome to swiftpx."))
        try shell.session.sendKeys("Enter")
        try await shell.session.waitFor("01-language: step 2 of ")
        try shell.session.sendKeys("Enter")
        try await shell.session.waitFor("01-language: step 3 of ")
        try shell.session.sendKeys("q")
        try await shell.session.waitFor("Tutorial stopped.")
        #expect(try await shell.session.waitForExit() == 0)
    }

    @Test("engine output that arrives while a tutorial waits for a key is printed above the hint line, never on it")
    func tutorialHintLine() async throws {
        let folder = Transcript.temporaryStateDirectory()
        Transcript.write(folder + "/90-late.px", """
            # Late output.
            import swiftpx as ipp, time
            rc = ipp.Client(); rc[:].execute("import time", block=True)
            ar = rc[0].apply_async(lambda: time.sleep(1) or print('late news'))

            # The last step.
            1 + 1

            """)
        let hint = "[Enter: run it · c: continue in the shell · q: quit]"
        let shell = try ShellTerminal.start(["tutorial", "90", "-n", "1", "--dir", folder])
        // A step a statement: the third starts the task, whose output arrives while the fourth waits.
        for step in 1...3 {
            try await shell.session.waitFor("90-late: step \(step) of 4")
            try await shell.session.waitUntil("the hint on the last line") { TmuxSession.lines(of: $0).last == hint }
            try shell.session.sendKeys("Enter")
        }
        try await shell.session.waitFor("90-late: step 4 of 4")
        let screen = try await shell.session.waitFor("[stdout:0] late news")
        let lines = TmuxSession.lines(of: screen)
        #expect(lines.contains("[stdout:0] late news"), "the screen was:\n\(screen)")
        try await shell.session.waitUntil("the hint alone on the last line") { TmuxSession.lines(of: $0).last == hint }
        try shell.session.sendKeys("q")
        try await shell.session.waitFor("Tutorial stopped.")
        #expect(try await shell.session.waitForExit() == 0)
    }
}
