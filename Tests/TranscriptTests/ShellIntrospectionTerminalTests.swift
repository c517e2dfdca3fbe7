import PXTestSupport
import Testing

/// IPython's introspection at a real terminal: `obj?` on client objects, `help()` wrapped to the terminal's
/// width, pretty-printed values, `%help NAME`, `%magic --help`, and how the session ends.
@Suite("Introspection at a terminal", .enabled(if: ShellTerminal.isAvailable), .serialized, .timeLimit(.minutes(3)))
struct ShellIntrospectionTerminalTests {
    @Test("lv.map? shows the signature and docstring; dv? its targets; help(lv) fits the terminal")
    func questionMark() async throws {
        let shell = try await ShellTerminal.startWithCluster(width: 140)
        let map = try await shell.run("lv.map?", at: 2)
        // Longer than 75 characters: one parameter a line, as IPython renders it.
        #expect(map.contains("Signature:\nlv.map(\n    f,\n    *sequences,\n    block=None,\n    chunksize=1,\n"
            + "    ordered=True,\n    return_exceptions=False,\n)"))
        #expect(map.contains("Docstring: Parallel version of builtin map, load-balanced"))
        #expect(map.contains("Type:      method"))
        let view = try await shell.run("dv?", at: 3)
        #expect(view.contains("Type:        DirectView"))
        #expect(view.contains("String form: <DirectView [0, 1]>"))
        #expect(view.contains("Targets:     [0, 1]"))
        #expect(view.contains("Length:      2"))
        try await shell.run("ar = lv.map_async(lambda x: x * 2, range(4)); ar.wait()", at: 4)
        let result = try await shell.run("ar?", at: 5)
        #expect(result.contains("State:       ready: 4 done (4 tasks)"))
        try shell.session.sendKeys("C-d")
        #expect(try await shell.session.waitForExit() == 0)
    }

    @Test("help() and %help wrap at the terminal's width, between words; %pxconfig alone shows the defaults")
    func helpWraps() async throws {
        let shell = try await ShellTerminal.startWithCluster(width: 60)
        try await shell.run("help(lv)", at: 2)
        // A line the program wrote wider than the terminal would be wrapped by the terminal onto a line that
        // does not start with the " |" margin.
        let lines = TmuxSession.lines(of: try shell.session.capture(includingScrollback: true))
        let start = try #require(lines.firstIndex { $0.hasPrefix("Help on LoadBalancedView object:") })
        let end = try #require(lines[start...].firstIndex { $0.hasPrefix("In [3]:") })
        let page = lines[(start + 1)..<end].filter { !$0.isEmpty }
        #expect(page.contains(" |  Methods:"))
        #expect(page.contains { $0.hasPrefix(" |  map(f, *sequences, block=None,") })
        #expect(page.dropFirst().allSatisfy { $0.hasPrefix(" |") }, "a line was wider than the terminal:\n\(page.joined(separator: "\n"))")
        try await shell.run("%help px", at: 3)
        #expect(try shell.session.capture().contains("Usage: %px [options] statement"))
        try await shell.run("%pxconfig --help", at: 4)
        let help = try shell.session.capture()
        #expect(help.contains("-t, --targets <targets>") && !help.contains("UsageError"))
        // With no arguments it shows the defaults.
        let defaults = TmuxSession.lines(of: try await shell.run("%pxconfig", at: 5))
        #expect(defaults.contains("%px defaults:") && defaults.contains("  --progress-after 2.0"))
    }

    @Test("a long nested value is pretty-printed, broken only between elements")
    func prettyPrinting() async throws {
        let shell = try ShellTerminal.start(width: 60)
        try await shell.waitForPrompt(1)
        try await shell.run("{'engines': [0, 1, 2, 3], 'outstanding': ['task-' + str(i) for i in range(9)], 'done': True}",
                            at: 1)
        let lines = TmuxSession.lines(of: try shell.session.capture())
        #expect(lines.contains("{'engines': [0, 1, 2, 3],"))
        #expect(lines.contains(" 'outstanding': ['task-0',"))
        #expect(lines.contains("  'task-8'],"))
        #expect(lines.contains(" 'done': True}"))
    }

    @Test("a remote traceback at a terminal is coloured as IPython colours it")
    func colouredRemoteTraceback() async throws {
        let shell = try ShellTerminal.start(environment: ["NO_COLOR": ""])
        try await shell.run("import swiftpx as ipp; rc = ipp.Client()", at: 1)
        try await shell.enterBlock("def bad(x):", [("return 1 / x", 4), ("", 0)])
        try await shell.run("rc[0].apply_sync(bad, 0)", at: 3)
        let screen = try shell.session.capture(keepingColors: true)
        #expect(screen.contains("[0:apply]"), "the screen was:\n\(screen)")
        // tmux writes one colour change for neighbouring cells of the same colour (the rule and the name below it).
        #expect(screen.contains("\u{1B}[91m" + String(repeating: "-", count: 75)))
        #expect(screen.contains("\u{1B}[96mCell \u{1B}[32mIn[2], line 2\u{1B}[39m, in \u{1B}[36mbad\u{1B}[94m(x)"))
        #expect(screen.contains("\u{1B}[92m----> 2\u{1B}[39m     return 1 / x"))
        #expect(screen.contains("\u{1B}[91mZeroDivisionError\u{1B}[39m: division by zero"))
    }

    @Test("an error does not make an interactive session exit 1")
    func exitStatusAfterAnError() async throws {
        let shell = try ShellTerminal.start()
        try await shell.run("1 / 0", at: 1)
        try shell.session.sendKeys("C-d")
        #expect(try await shell.session.waitForExit() == 0)
    }

    @Test("Ctrl-D with tasks outstanding asks IPython's question: n stays, Ctrl-C stays, Enter (yes) exits")
    func ctrlDWithOutstandingTasks() async throws {
        let question = "Do you really want to exit ([y]/n)? "
        let shell = try await ShellTerminal.startWithCluster()
        try await shell.run("ar = lv.apply_async(lambda: time.sleep(30))", at: 2)
        try await shell.waitForPrompt(3)
        try shell.session.sendKeys("C-d")
        try await shell.waitForEditedLine(question)
        #expect(try shell.session.capture().contains("1 task is still outstanding (rc.outstanding): leaving drops it"))
        try shell.enter("maybe")
        try await shell.session.waitUntil("the question asked again") { screen in
            TmuxSession.lines(of: screen).suffix(2) == [question + "maybe", question.trimming(" ")]
        }
        try shell.enter("n")
        try await shell.waitForEditedLine("In [3]: ")
        try shell.session.sendKeys("C-d")
        try await shell.waitForEditedLine(question)
        try shell.session.sendKeys("C-c")
        try await shell.waitForEditedLine("In [3]: ")
        try await shell.expectOut("ar.done()", at: 3, "False")
        try shell.session.sendKeys("C-d")
        try await shell.waitForEditedLine(question)
        try shell.session.sendKeys("Enter")
        #expect(try await shell.session.waitForExit() == 0)
    }

    @Test("Ctrl-D with nothing outstanding exits without a question")
    func ctrlDWithNothingOutstanding() async throws {
        let shell = try await ShellTerminal.startWithCluster()
        try await shell.run("lv.apply_sync(lambda: 5)", at: 2)
        try shell.session.sendKeys("C-d")
        #expect(try await shell.session.waitForExit() == 0)
        #expect(!(try shell.session.capture()).contains("Do you really want to exit"))
    }
}
