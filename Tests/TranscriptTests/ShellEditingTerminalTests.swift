import PXTestSupport
import Testing

/// Editing at a real terminal: Up and Down search history by the typed prefix; Ctrl-R searches it as you
/// type; a cell of several lines is one history entry; typed code is coloured; Tab completes keyword names of
/// client methods, magic options and attributes of subscripted objects, and lists ambiguous ones in columns.
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
        let shell = try await ShellTerminal.startWithCluster()
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

    @Test("Tab completes dictionary keys after d[' and file paths after %run and open('")
    func keysAndPaths() async throws {
        let folder = Transcript.temporaryStateDirectory()
        Transcript.write(folder + "/demo_script.px", "print('ran demo')\n")
        let shell = try ShellTerminal.start()
        try await shell.run("settings = {'timeout': 5, 'targets': [0, 1], 'block': True}", at: 1)
        try shell.session.sendText("settings['ti")
        try shell.session.sendKeys("Tab")
        try await shell.waitForEditedLine("In [2]: settings['timeout']")
        try shell.session.sendKeys("Enter")
        try await shell.waitForPrompt(3)
        #expect(try shell.session.capture().contains("Out[2]: 5"))
        try shell.session.sendText("%run \(folder)/demo_s")
        try shell.session.sendKeys("Tab")
        try await shell.waitForEditedLine("In [3]: %run \(folder)/demo_script.px")
        try shell.session.sendKeys("Enter")
        try await shell.session.waitFor("ran demo")
        try await shell.waitForPrompt(4)
        try shell.session.sendText("open('\(folder)/demo_")
        try shell.session.sendKeys("Tab")
        try await shell.waitForEditedLine("In [4]: open('\(folder)/demo_script.px")
    }

    @Test("Ctrl-R shows (reverse-i-search); one Ctrl-G leaves with the typed line, Esc with the match, Enter runs it")
    func reverseSearch() async throws {
        let shell = try ShellTerminal.start()
        try await shell.run("first_value = 11", at: 1)
        try await shell.run("second_value = 22", at: 2)
        try await shell.waitForPrompt(3)
        try shell.session.sendText("kept")
        try shell.session.sendKeys("C-r")
        try await shell.waitForEditedLine("(reverse-i-search)`': kept")
        try shell.session.sendText("first")
        try await shell.waitForEditedLine("(reverse-i-search)`first': first_value = 11")
        try shell.session.sendText("zz")
        try await shell.waitForEditedLine("(failed reverse-i-search)`firstzz': first_value = 11")
        try shell.session.sendKeys("C-g")
        try await shell.waitForEditedLine("In [3]: kept")
        try shell.session.sendKeys("C-u", "C-r")
        try shell.session.sendText("value")
        try await shell.waitForEditedLine("(reverse-i-search)`value': second_value = 22")
        try shell.session.sendKeys("C-r")
        try await shell.waitForEditedLine("(reverse-i-search)`value': first_value = 11")
        try shell.session.sendKeys("Escape")
        try await shell.waitForEditedLine("In [3]: first_value = 11")
        try shell.session.sendText(" + 1")
        try shell.session.sendKeys("C-a", "C-k", "C-r")
        try shell.session.sendText("second")
        try await shell.waitForEditedLine("(reverse-i-search)`second': second_value = 22")
        try shell.session.sendKeys("Enter")
        try await shell.expectOut("first_value + second_value", at: 4, "33")
    }

    @Test("a cell of several lines is one history entry: Up recalls it whole, in this session and the next")
    func multiLineCells() async throws {
        let first = try ShellTerminal.start()
        try await first.waitForPrompt(1)
        try await first.enterBlock("def answer():", [("return 41", 4), ("", 0)])
        try await first.run("answer() + 1", at: 2)
        try await first.waitForPrompt(3)
        try first.session.sendKeys("Up", "Up")
        try await first.session.waitUntil("the whole cell on the line") { screen in
            let lines = TmuxSession.lines(of: screen)
            return lines.suffix(2) == ["In [3]: def answer():", "   ...:     return 41"]
        }
        // Up moves within the cell; Down back to its last line, where the edit happens.
        try first.session.sendKeys("Up", "Down", "BSpace")
        try first.session.sendText("0")
        try first.session.sendKeys("Enter")
        try await first.enterBlockLine("", indent: 0, after: "    return 40")
        try await first.expectOut("answer()", at: 4, "40")
        try first.session.sendKeys("C-d")
        #expect(try await first.session.waitForExit() == 0)

        let second = try ShellTerminal.start(stateDirectory: first.stateDirectory)
        try await second.waitForPrompt(1)
        try second.session.sendText("def")
        try second.session.sendKeys("Up")
        try await second.session.waitUntil("the edited cell, from the history file") { screen in
            TmuxSession.lines(of: screen).suffix(2) == ["In [1]: def answer():", "   ...:     return 40"]
        }
    }

    @Test("a recalled cell shows ...: before its further lines; Left, Right and Backspace take a line break and its prompt as one character")
    func recalledCellPrompts() async throws {
        // IPython's neutral theme paints the continuation prompt green (`Prompt.Continuation`, as `In [`).
        let green = "   \u{1B}[32m...:\u{1B}[39m "
        let shell = try ShellTerminal.start(environment: ["NO_COLOR": ""])
        try await shell.waitForPrompt(1)
        try shell.enter("total = (1 +")
        try await shell.waitForEditedLine("   ...: ")
        try await shell.session.waitUntil("the continuation prompt green") { _ in
            // (tmux leaves out the spaces at the end of a line, and may start a line by resetting colours.)
            try TmuxSession.lines(of: shell.session.capture(keepingColors: true)).last?.contains("   \u{1B}[32m...:") == true
        }
        try shell.enter("2)")
        try await shell.waitForPrompt(2)
        try shell.session.sendKeys("Up")
        try await shell.session.waitUntil("the cell with its continuation prompt") {
            TmuxSession.lines(of: $0).suffix(2) == ["In [2]: total = (1 +", "   ...: 2)"]
        }
        // The prompt is painted too, green: the colours of the code stay where they were.
        try await shell.session.waitUntil("the recalled cell's prompt green, the code coloured after it") { _ in
            try TmuxSession.lines(of: shell.session.capture(keepingColors: true)).last?
                .contains(green + "\u{1B}[1m\u{1B}[36m2") == true
        }
        func cursorAt(column: Int, fromBottom: Int) async throws {
            try await shell.session.waitUntil("the cursor at column \(column), row \(fromBottom) from the last") { screen in
                let cursor = try shell.session.cursor()
                return cursor.column == column && cursor.row == TmuxSession.lines(of: screen).count - 1 - fromBottom
            }
        }
        // From the end, two steps back reach the start of the second line, one more the end of the first.
        try shell.session.sendKeys("Left", "Left")
        try await cursorAt(column: 8, fromBottom: 0)
        try shell.session.sendKeys("Left")
        try await cursorAt(column: 20, fromBottom: 1)
        try shell.session.sendKeys("Right")
        try await cursorAt(column: 8, fromBottom: 0)
        // Backspace there joins the lines, prompt and all.
        try shell.session.sendKeys("BSpace")
        try await shell.session.waitUntil("the lines joined") { TmuxSession.lines(of: $0).last == "In [2]: total = (1 +2)" }
        try shell.session.sendKeys("Enter")
        try await shell.expectOut("total", at: 3, "3")
        try await shell.expectOut("_i2", at: 4, "'total = (1 +2)'")
    }

    @Test("in a recalled cell, Ctrl-W and the Meta word keys take a line break and its prompt as one character")
    func wordKeysInRecalledCell() async throws {
        let shell = try ShellTerminal.start(environment: ["NO_COLOR": "1"])
        try await shell.waitForPrompt(1)
        try shell.enter("total = (1 +")
        try await shell.waitForEditedLine("   ...: ")
        try shell.enter("2)")
        try await shell.waitForPrompt(2)
        func recall(_ prefix: String) async throws {
            try shell.session.sendText(prefix)
            try shell.session.sendKeys("Up")
            try await shell.session.waitUntil("the cell with its continuation prompt") {
                TmuxSession.lines(of: $0).suffix(2) == ["In [\(prefix == "" ? 2 : 4)]: total = (1 +", "   ...: 2)"]
            }
        }
        func cursorAt(column: Int, fromBottom: Int) async throws {
            try await shell.session.waitUntil("the cursor at column \(column), row \(fromBottom) from the last") { screen in
                let cursor = try shell.session.cursor()
                return cursor.column == column && cursor.row == TmuxSession.lines(of: screen).count - 1 - fromBottom
            }
        }
        try await recall("")
        // At the start of the second line, Ctrl-W deletes the line break with its prompt and the word before it
        // (it used to delete `...: ` and leave `   2)`).
        try shell.session.sendKeys("Left", "Left")
        try await cursorAt(column: 8, fromBottom: 0)
        try shell.session.sendKeys("C-w")
        try await shell.session.waitUntil("the word and the line break deleted") {
            TmuxSession.lines(of: $0).last == "In [2]: total = (2)"
        }
        try shell.session.sendKeys("Enter")
        try await shell.expectOut("_i2", at: 3, "'total = (2)'")
        // Meta-B and Meta-F step over the line break, never into the prompt; Meta-Backspace deletes across it.
        try await recall("total = (1")
        try shell.session.sendKeys("M-b")
        try await cursorAt(column: 8, fromBottom: 0)
        try shell.session.sendKeys("M-b")
        try await cursorAt(column: 17, fromBottom: 1)
        try shell.session.sendKeys("M-f", "M-f")
        try await cursorAt(column: 9, fromBottom: 0)
        try shell.session.sendText("0")
        try await shell.session.waitUntil("the digit typed after the prompt") { TmuxSession.lines(of: $0).last == "   ...: 20)" }
        try shell.session.sendKeys("Left", "Left", "M-BSpace")
        try await shell.session.waitUntil("the word and the line break deleted") {
            TmuxSession.lines(of: $0).last == "In [4]: total = (20)"
        }
        try shell.session.sendKeys("Enter")
        try await shell.expectOut("total", at: 5, "20")
    }

    @Test("typed code is coloured as IPython colours it; NO_COLOR or --colors=NoColor leaves it plain")
    func colouredInput() async throws {
        let keyword = "\u{1B}[1m\u{1B}[32mdef"
        let string = "\u{1B}[1m\u{1B}[34m'text'"
        // Colour is on at a terminal unless NO_COLOR is set (the test runner may set it; empty counts as unset).
        let shell = try ShellTerminal.start(environment: ["NO_COLOR": ""])
        try await shell.waitForPrompt(1)
        try shell.session.sendText("def f(): return 'text'")
        // The prompt is green with its number bold bright green, as IPython's neutral theme paints it.
        let prompt = "\u{1B}[32mIn [\u{1B}[1m\u{1B}[92m1\u{1B}[0m\u{1B}[32m"
        try await shell.session.waitUntil("the prompt and the typed line coloured") { _ in
            let screen = try shell.session.capture(keepingColors: true)
            return screen.contains(prompt) && screen.contains(keyword) && screen.contains(string)
        }
        try shell.enter("")
        try await shell.run("f()", at: 2)
        // The accepted line keeps its colours.
        let screen = try shell.session.capture(keepingColors: true)
        #expect(screen.contains(keyword) && screen.contains(string))

        // NO_COLOR, or --colors=NoColor, leaves everything plain: input, prompts and tracebacks.
        for plain in [try ShellTerminal.start(environment: ["NO_COLOR": "1"]),
                      try ShellTerminal.start(["-n", "2", "--colors=NoColor"], environment: ["NO_COLOR": ""])] {
            try await plain.waitForPrompt(1)
            try plain.enter("def f(): return 'text'")
            try await plain.run("f()", at: 2)
            try await plain.run("f(1)", at: 3)
            let screen = try plain.session.capture(keepingColors: true)
            #expect(screen.contains("TypeError") && !screen.contains("\u{1B}["), "the screen was:\n\(screen)")
        }
    }

    @Test("a line with accented and wide characters is coloured in place, also where a wide character wraps")
    func colouredWideInput() async throws {
        let shell = try ShellTerminal.start(width: 40, environment: ["NO_COLOR": ""])
        try await shell.waitForPrompt(1)
        // `In [1]: ` and the text before 日 fill 39 of the 40 columns: 日 (two wide) starts the next row, as
        // libedit and the terminal both lay it out.
        let first = "s = 'héllo " + String(repeating: "a", count: 20)
        try shell.session.sendText(first + "日本語'")
        try await shell.session.waitUntil("the string coloured on both rows") { _ in
            let rows = TmuxSession.lines(of: try shell.session.capture(keepingColors: true))
            return rows.count >= 2 && rows[rows.count - 2].contains("\u{1B}[34m'héllo")
                && rows[rows.count - 1].hasPrefix("\u{1B}[1m\u{1B}[34m日本語'")
        }
        #expect(try shell.session.lines().suffix(2) == ["In [1]: " + first, "日本語'"])
        try shell.session.sendKeys("Enter")
        try await shell.expectOut("len(s), s[-3:]", at: 2, "(29, '日本語')")
    }

    @Test("ambiguous completions are listed in columns")
    func completionColumns() async throws {
        let shell = try ShellTerminal.start(width: 80)
        try await shell.run("alpha_one = alpha_two = alpha_three = alpha_four = 1", at: 1)
        try shell.session.sendText("alpha_")
        try shell.session.sendKeys("Tab")
        try await shell.session.waitFor("alpha_four   alpha_one    alpha_three  alpha_two")
        try shell.session.sendText("t")
        try shell.session.sendKeys("Tab")
        try await shell.session.waitUntil("the two candidates listed") { TmuxSession.lines(of: $0).contains("alpha_three  alpha_two") }
        try shell.session.sendText("wo")
        try shell.session.sendKeys("Enter")
        try await shell.waitForPrompt(3)
        #expect(try shell.session.capture().contains("Out[2]: 1"))
    }
}
