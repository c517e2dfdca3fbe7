@preconcurrency import Glibc
import PXClient
import PXLang
import PXLineEditor
import PXRuntime

/// The read–evaluate–print loop: reads cells from a terminal (libedit) or a pipe, runs code and magics,
/// shows `Out[n]:` values and errors, and keeps the execution count.
public final class Shell {
    /// The settings the shell was started with.
    public let settings: ShellSettings
    /// The interpreter running the user's code.
    public let interpreter: Interpreter
    /// Program and shell output.
    public let output: ConsoleOutput
    let errors: ErrorPresenter
    let feed: LineFeed
    let fileName: String
    /// The number shown in the next `In [n]:` prompt.
    public internal(set) var executionCount = 1
    /// Source of every executed cell, in order (for `%history`).
    public internal(set) var inputHistory: [String] = []
    /// The magic commands.
    var magics = MagicRegistry()
    /// Set by `%quit` or `quit()`.
    var shouldExit = false
    /// The exit status a `SystemExit` asked for (`sys.exit(3)`); nil when none was raised.
    var exitStatus: Int32?
    /// What the Ctrl-C watcher thread reads: whether a cell runs, the press count when it started, the cluster
    /// connection.
    let interruptState = InterruptState()
    /// The defaults of `%px`.
    var pxConfig = PxConfig()
    /// The result of the last `%px` (for `%pxresult`, `%timing`, `%timeline`).
    var lastParallelResult: AsyncResultObject?
    /// Whether `%autopx` sends every cell to the engines.
    var autopx = false
    /// Text put before the prompt (e.g. `[px] ` while `%autopx` is on).
    public var promptPrefix = ""
    /// The progress bar of blocking calls (on a terminal only).
    let progressBar: ProgressBar?
    /// Names defined before the user typed anything (hidden from `%who`).
    var initialNames: Set<String> = []
    let editor: EditLineReader?
    let completer: ShellCompleter?
    /// The colours of shell output (plain unless stdout is a terminal).
    let colors: ColorScheme
    /// The code cells typed or piped, by first line (the source `f??` shows).
    var typedCells: [(file: String, firstLine: Int, lines: [String])] = []
    /// `In`, `Out` and the `_`, `__`, `_N`, `_iN` names.
    let outputHistory = OutputHistory()

    /// Creates a shell reading from `reader`.
    /// - Parameters:
    ///   - settings: the settings.
    ///   - interpreter: the interpreter to run code in.
    ///   - reader: where lines come from; nil chooses libedit on a terminal, plain reading otherwise.
    public init(settings: ShellSettings, interpreter: Interpreter, reader: (any LineReader)? = nil) throws {
        self.settings = settings
        self.interpreter = interpreter
        self.output = ConsoleOutput()
        self.colors = ColorScheme.automatic(allowed: settings.usesColor)
        self.errors = ErrorPresenter(output: output, colors: colors)
        interpreter.output = output
        var editor: EditLineReader?
        var completer: ShellCompleter?
        let lineReader: any LineReader
        var interactive = false
        switch settings.input {
        case .script(let path):
            do {
                lineReader = try PlainLineReader(path: path)
            } catch {
                throw ShellError.fileNotFound(path)
            }
            // A Python script's frames are named by its absolute path, as python3 names them.
            fileName = path.hasSuffix(".py") ? Interpreter.scriptFileName(path) : path
            interpreter.marksErrorLocations = true
            interpreter.prepareScript(path: path, arguments: settings.scriptArguments)
        case .tutorial(let path, let title, let text):
            lineReader = TutorialReader(steps: TutorialSteps.parse(text), title: title, output: output) { [interpreter] in
                // `c`: the shell goes on at the terminal (or with the rest of piped input) in the same namespace.
                guard EditLineReader.isInteractiveTerminal() else { return PlainLineReader() }
                var editorSettings = EditLineSettings()
                editorSettings.historyPath = settings.historyPath
                let provider = ShellCompleter()
                provider.interpreter = interpreter
                return try? EditLineReader(settings: editorSettings, completionProvider: provider)
            }
            // No look-ahead: the reader shows a step when the shell asks for it.
            interactive = true
            fileName = path
        case .automatic:
            fileName = "<stdin>"
            if let reader {
                lineReader = reader
            } else if EditLineReader.isInteractiveTerminal() {
                var editorSettings = EditLineSettings()
                editorSettings.historyPath = settings.historyPath
                // History keeps whole cells: the shell adds each one when it is complete.
                editorSettings.recordsEachLine = false
                let provider = ShellCompleter()
                let edit = try EditLineReader(settings: editorSettings, completionProvider: provider)
                if colors.isEnabled { edit.highlighter = InputHighlighter.highlight }
                provider.interpreter = interpreter
                completer = provider
                editor = edit
                lineReader = edit
                interactive = true
            } else {
                lineReader = PlainLineReader()
            }
        }
        self.editor = editor
        self.feed = LineFeed(reader: lineReader, isInteractive: interactive)
        progressBar = interactive && isatty(2) != 0 ? ProgressBar(showAfter: PxConfig().progressAfter) : nil
        if let progressBar { ParallelContext.of(interpreter).progressDisplay = progressBar }
        BasicMagics.install(into: &magics)
        ParallelMagics.install(into: &magics)
        TimingMagics.install(into: &magics)
        TracebackMagics.install(into: &magics)
        FileMagic.install(into: &magics)
        self.completer = completer
        errors.usesPythonForm = isScript
        completer?.magicNames = magics.names
        completer?.magicOptions = Dictionary(uniqueKeysWithValues: magics.all.map { ($0.name, $0.optionNames) })
        installExitFunctions()
        outputHistory.install(in: interpreter.globals)
        initialNames = Set(interpreter.globals.names)
    }

    /// Whether a person is typing at a terminal.
    public var isInteractive: Bool { feed.isInteractive }
    /// Whether input lines are echoed behind prompts.
    var echoes: Bool { !isInteractive && settings.echo }
    var isScript: Bool {
        if case .script = settings.input { return true }
        return false
    }
    /// Whether the input is a Python script (`swiftpx run FILE.py`), which must parse as a whole before any of
    /// it runs, as with `python3 FILE.py`.
    var runsPythonScript: Bool {
        if case .script(let path) = settings.input { return path.hasSuffix(".py") }
        return false
    }
    /// Whether bare expressions show `Out[n]:` and engine output is echoed: at the prompt and in piped sessions,
    /// but not in a script (as `python3 FILE`), unless `--display` asks.
    var displaysValues: Bool { !isScript || settings.scriptDisplay }
    var isTutorial: Bool {
        if case .tutorial = settings.input { return true }
        return false
    }

    // MARK: - Loop

    /// Runs until the input ends or the user quits.
    /// - Returns: the exit status: 0, or 1 if any statement failed.
    public func run() -> Int32 {
        if isInteractive && !settings.quiet && !isTutorial {
            output.line("swiftpx — parallel computing shell. %help lists the magics; Ctrl-D exits.")
        }
        installInterruptHandling()
        if runsPythonScript, !scriptCompiles() {
            output.flush()
            return 1
        }
        while !shouldExit {
            output.flush()
            guard let cell = readCell() else {
                if confirmsExit() { break }
                continue
            }
            feed.reader.addHistory(cell.historyEntry)
            execute(cell)
            if isScript && errors.hasErrors && !settings.keepGoing { break }
        }
        output.flush()
        // A person at a terminal saw the errors; piped input and scripts report them in the status.
        return exitStatus ?? (errors.hasErrors && !isInteractive ? 1 : 0)
    }

    /// The exit status `raise SystemExit(code)` asks for, as python3 takes it: 0 for `None`, the number for an
    /// int, else 1 after printing the code to stderr.
    func exitStatus(of exception: ExceptionObject) -> Int32 {
        let code = exception.attributes["code"] ?? (exception.args.count == 1 ? exception.args[0] : .none)
        switch code {
        case .none: return 0
        case .int(let n): return Int32(truncatingIfNeeded: n)
        case .bool(let b): return b ? 1 : 0
        default:
            output.write(ValueFormatter.str(code, interpreter) + "\n", to: .stderr)
            return 1
        }
    }

    /// The number of tasks submitted in this session that have not finished, or nil without a client.
    func outstandingTasks() -> Int? {
        guard let client = ClientObject.current(in: interpreter),
              case .set(let outstanding)? = try? client.attribute("outstanding", interpreter) else { return nil }
        return outstanding.count
    }

    var prompt: String { promptPrefix + "In [\(executionCount)]: " }
    var continuationPrompt: String {
        String(repeating: " ", count: max(0, prompt.count - 5)) + "...: "
    }
    /// The prompt as shown: coloured at a terminal, plain when echoed into a transcript.
    var shownPrompt: String { colors.inputPrompt(prefix: promptPrefix, number: executionCount) }
    /// The continuation prompt as shown: green at a terminal, as IPython shows it.
    var shownContinuationPrompt: String { colors.continuationPrompt(continuationPrompt) }

    /// Reads one complete cell, echoing lines in transcript mode.
    func readCell() -> InputCell? {
        // A cell recalled whole shows this prompt before each of its further lines.
        editor?.continuationPrompt = continuationPrompt
        editor?.paintedContinuationPrompt = colors.isEnabled ? shownContinuationPrompt : nil
        while true {
            let first: String
            switch feed.next(prompt: shownPrompt) {
            case .endOfInput: return nil
            case .interrupted:
                continue
            case .line(let text): first = text
            }
            let firstLine = feed.lineNumber
            let trimmed = first.trimming(" \t")
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                if echoes { output.line(first) }
                continue
            }
            if echoes { output.line(prompt + first) }
            if let magic = InputCell.magicName(first) {
                if magic.isCell {
                    let body = readCellMagicBody()
                    return InputCell(kind: .cellMagic(name: magic.name, arguments: magic.arguments, body: body),
                                     lines: [first], firstLine: firstLine)
                }
                if !(magic.name == "px" && InputCompleteness.check([magic.arguments]) == .incomplete) {
                    return InputCell(kind: .lineMagic(name: magic.name, arguments: magic.arguments), lines: [first],
                                     firstLine: firstLine)
                }
            }
            var lines = [first]
            guard readContinuation(&lines) else { continue }
            if let magic = InputCell.magicName(first) {
                let body = ([magic.arguments] + lines.dropFirst()).joined(separator: "\n")
                return InputCell(kind: .lineMagic(name: magic.name, arguments: body), lines: lines, firstLine: firstLine)
            }
            return InputCell(kind: .code, lines: lines, firstLine: firstLine)
        }
    }

    /// Reads continuation lines until the input is complete. Returns false if Ctrl-C abandoned the cell.
    func readContinuation(_ lines: inout [String]) -> Bool {
        let code = { (lines: [String]) -> [String] in
            guard let first = lines.first, let magic = InputCell.magicName(first) else { return lines }
            return [magic.arguments] + lines.dropFirst()
        }
        var blockGoesOn = false
        // Piped input: a clause (`else: …`) right after a complete one-line compound statement continues it. Only
        // such a statement looks at the next line: any other waits for nothing, so its output appears at once.
        let clauseFollows = { [self] (lines: [String]) -> Bool in
            guard !isInteractive, Shell.mayTakeClause(lines), case .line(let next) = feed.peek() else { return false }
            return InputCompleteness.continuesStatement(next)
        }
        while blockGoesOn || InputCompleteness.check(code(lines)) == .incomplete || clauseFollows(lines) {
            blockGoesOn = false
            if !isInteractive, let last = lines.last, !last.trimming(" \t").isEmpty, !last.hasPrefix("@"),
               !Shell.isOpenConstruct(code(lines)), let next = feed.peekNonBlank(), Shell.startsNewStatement(next),
               case .line(let immediate) = feed.peek(), !immediate.trimming(" \t").isEmpty {
                // Piped input: an unindented line right after a block body starts the next statement.
                return true
            }
            let input = feed.next(prompt: shownContinuationPrompt,
                                  indentation: isInteractive ? Shell.indentation(after: code(lines)) : "")
            switch input {
            case .endOfInput: return true
            case .interrupted: return false
            case .line(let text):
                if echoes { output.line(continuationPrompt + text) }
                let isBlank = text.trimming(" \t").isEmpty
                if isBlank && !isInteractive && !Shell.isOpenConstruct(code(lines)),
                   let next = feed.peekNonBlank(), !Shell.startsNewStatement(next) {
                    // A blank line inside a block of a piped file: the block goes on.
                    lines.append("")
                    blockGoesOn = true
                    continue
                }
                lines.append(text)
                // A blank line ends a block, but not a string or brackets left open (a docstring's paragraphs).
                if isBlank && !Shell.isOpenConstruct(code(lines)) { return true }
            }
        }
        return true
    }

    /// The indentation typed for the next line of a block, as IPython's auto-indent: one level more after a
    /// line ending in `:`, one less after `return`, `pass`, `break`, `continue` or `raise`, else the same.
    static func indentation(after lines: [String]) -> String {
        guard let last = lines.last(where: { !$0.trimming(" \t").isEmpty }) else { return "" }
        let margin = String(last.prefix { $0 == " " || $0 == "\t" })
        var code = last.trimming(" \t")
        if let hash = code.firstIndex(of: "#"), !code[..<hash].contains("'"), !code[..<hash].contains("\"") {
            code = String(code[..<hash]).trimming(" \t")
        }
        if code.hasSuffix(":") { return margin + "    " }
        let word = code.prefix { $0.isLetter }
        let endsBlock = ["return", "pass", "break", "continue", "raise"].contains(word)
            && code.dropFirst(word.count).first.map { !($0.isLetter || $0.isNumber || $0 == "_") } ?? true
        return endsBlock ? String(margin.dropLast(4)) : margin
    }

    /// Whether a line, unindented, begins a new statement rather than continuing a compound one.
    /// Whether the statement of `lines` (its last line at column 0) is one an `else`, `elif`, `except` or `finally`
    /// clause can continue: `if`, `elif`, `else`, `for`, `while`, `try` or `except`.
    static func mayTakeClause(_ lines: [String]) -> Bool {
        guard let header = lines.last(where: { !$0.isEmpty && $0.first != " " && $0.first != "\t" }) else { return false }
        let word = header.prefix { $0.isLetter }
        return ["if", "elif", "else", "for", "while", "try", "except"].contains(word)
    }

    static func startsNewStatement(_ line: String) -> Bool {
        guard let first = line.first, first != " ", first != "\t" else { return false }
        let word = line.prefix { $0.isLetter }
        return !["else", "elif", "except", "finally"].contains(String(word)) && !")]}".contains(first)
    }

    /// Whether the lines end inside brackets or a triple-quoted string.
    static func isOpenConstruct(_ lines: [String]) -> Bool {
        let result = Lexer.tokenize(lines.joined(separator: "\n") + "\n")
        return result.diagnostics.contains { $0.id == .unclosedBracket || $0.id == .unterminatedTripleString }
    }

    /// The body of a `%%magic` cell: lines up to a blank line.
    func readCellMagicBody() -> String {
        var body: [String] = []
        while true {
            switch feed.next(prompt: shownContinuationPrompt) {
            case .endOfInput, .interrupted:
                return Shell.dedent(body)
            case .line(let text):
                if echoes { output.line(continuationPrompt + text) }
                if text.trimming(" \t").isEmpty {
                    if !isInteractive, let next = feed.peekNonBlank(), let first = next.first, first == " " || first == "\t",
                       !body.isEmpty, body.allSatisfy({ $0.first == " " || $0.first == "\t" || $0.isEmpty }) {
                        body.append("")
                        continue
                    }
                    return Shell.dedent(body)
                }
                body.append(text)
            }
        }
    }

    /// Removes the indentation common to all non-blank lines.
    static func dedent(_ lines: [String]) -> String {
        let margin = lines.filter { !$0.trimming(" \t").isEmpty }
            .map { $0.prefix { $0 == " " || $0 == "\t" }.count }.min() ?? 0
        return lines.map { String($0.dropFirst(min(margin, $0.prefix { $0 == " " || $0 == "\t" }.count))) }
            .joined(separator: "\n")
    }

    // MARK: - Executing

    /// Runs one cell and advances the execution count.
    func execute(_ cell: InputCell) {
        inputHistory.append(cell.source)
        outputHistory.recordInput(cell.source, count: executionCount, in: interpreter.globals)
        beginCell()
        defer {
            endCell()
            executionCount += 1
        }
        switch cell.kind {
        case .code where autopx:
            do {
                try ParallelMagics.run(cell.source, options: PxOptions.parse([]), shell: self)
            } catch let error as RuntimeError {
                errors.present(error.exception, interpreter: interpreter)
            } catch {
                errors.present(error)
            }
        case .code:
            if let request = Inspector.request(cell.source) {
                introspect(request.name, detail: request.detail)
                return
            }
            if !runsPythonScript, let command = SystemCommand.parse(cell.source) {
                runSystemCommand(command)
                return
            }
            // At the prompt and in piped sessions each cell is a file of its own, `Cell In[n]` in tracebacks as in
            // IPython; a script's lines keep the script's name and numbers.
            let file = isScript ? fileName : TracebackFormatter.cellFileName(executionCount)
            let firstLine = isScript ? cell.firstLine : 1
            // `!cmd` and `%magic` lines inside the cell run as IPython rewrites them (not in Python scripts).
            let rewritten = runsPythonScript ? nil : IPythonSyntax.transform(cell.source)
            let source = rewritten?.code ?? cell.source
            let lines = rewritten.map { $0.shown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
                ?? cell.lines
            typedCells.append((file, firstLine, lines))
            runCode(source, firstLine: firstLine, display: displaysValues && !OutputHistory.isSilenced(source),
                    fileName: file, shownAs: rewritten?.shown)
        case .lineMagic(let name, let arguments):
            runMagic(name, arguments: arguments, body: nil)
        case .cellMagic(let name, let arguments, let body):
            runMagic(name, arguments: arguments, body: body)
        }
    }

    func runMagic(_ name: String, arguments: String, body: String?) {
        if name.hasSuffix("?") {
            showMagicHelp(String(name.prefix { $0 != "?" }))
            return
        }
        guard let magic = magics.lookup(name, isCell: body != nil) else {
            errors.present(ShellError.usage("UsageError: \(body == nil ? "Line" : "Cell") magic function "
                + "`\(body == nil ? "%" : "%%")\(name)` not found."))
            return
        }
        if MagicArguments.split(arguments).first == "--help" {
            showMagicHelp(name)
            return
        }
        do {
            try magic.run(MagicInvocation(arguments: arguments, body: body, shell: self))
        } catch is MagicHelpRequest {
            showMagicHelp(name)
        } catch let error as RuntimeError {
            errors.present(error.exception, interpreter: interpreter)
        } catch {
            errors.present(error)
        }
    }

    /// Whether the Python script being run parses as a whole: as CPython, a file with a syntax error (or nested
    /// beyond the compiler's limits) runs none of its statements. The error is reported when it does not parse.
    func scriptCompiles() -> Bool {
        guard case .script(let path) = settings.input, let source = TextFile.read(path) else { return true }
        let result = Parser.parse(source)
        guard let first = result.diagnostics.first else { return true }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        errors.present([first], fileName: fileName) { line in
            line >= 1 && line <= lines.count ? String(lines[line - 1]) : nil
        }
        return false
    }

    /// Runs code in the user's namespace and shows the value of a final expression.
    /// - Returns: whether it ran without error.
    @discardableResult
    func runCode(_ source: String, firstLine: Int, display: Bool, fileName: String? = nil, shownAs: String? = nil) -> Bool {
        let (ok, value) = evaluate(source, firstLine: firstLine, wantsValue: display, fileName: fileName, shownAs: shownAs)
        if let value, display { show(value) }
        return ok
    }

    /// Runs code; in value mode a final bare expression's value is returned (not shown).
    func evaluate(_ source: String, firstLine: Int, wantsValue: Bool, fileName: String? = nil,
                  shownAs: String? = nil) -> (Bool, Value?) {
        let name = fileName ?? self.fileName
        let outcome = interpreter.run(source, fileName: name, firstLine: firstLine,
                                      mode: wantsValue ? .interactive : .module, shownAs: shownAs)
        output.flush()
        switch outcome {
        case .success(let value):
            return (true, value)
        case .syntaxError(let diagnostics):
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            errors.present(diagnostics, fileName: name) { line in
                let index = line - firstLine
                return index >= 0 && index < lines.count ? String(lines[index]) : nil
            }
            return (false, nil)
        case .exception(let exception):
            if exception.type.isSubtype(of: BuiltinTypes.systemExit) {
                shouldExit = true
                exitStatus = exitStatus(of: exception)
                return (true, nil)
            }
            errors.present(exception, interpreter: interpreter)
            keepInterruptedResult(exception)
            return (false, nil)
        }
    }

    /// Shows a value as `Out[n]: repr`.
    public func show(_ value: Value) {
        let label = colors.outputPrompt(number: executionCount)
        let shown: String
        if let table = MetadataTable.render(value, interpreter) {
            shown = label + table
        } else {
            let text: String
            switch value {
            case .object(let object):
                text = object.display(interpreter)
            case .list, .tuple, .dict, .set, .type:
                // IPython's pretty printer, at the terminal's width (79 columns off a terminal, as IPython); it
                // shows a class by its dotted name (`int`, `__main__.Point`).
                text = PrettyPrinter(maxWidth: output.columns - 1, interpreter: interpreter).format(value)
            default:
                do {
                    text = try ValueFormatter.checkedRepr(value, interpreter)
                } catch let error as RuntimeError {
                    // As CPython's display hook: a repr that fails (an int beyond the digit limit, a raising
                    // `__repr__`) is an error of the statement.
                    errors.present(error.exception, interpreter: interpreter)
                    return
                } catch {
                    text = ValueFormatter.repr(value, interpreter)
                }
            }
            shown = text.contains("\n") && !text.hasPrefix("<") ? label + "\n" + text : label + text
        }
        // As IPython does, the value is stored after it is formatted (`Out` shown does not hold itself yet).
        outputHistory.recordOutput(value, count: executionCount, in: interpreter.globals)
        output.line(shown)
    }

    func installExitFunctions() {
        let quit = BuiltinFunction(name: "quit", doc: "Exit the shell.") { _, _ in
            throw RuntimeError(ExceptionObject(type: BuiltinTypes.systemExit, args: []))
        }
        interpreter.globals["quit"] = .builtin(quit)
        interpreter.globals["exit"] = .builtin(quit)
        let shellObject = Value.object(InteractiveShellObject(shell: self))
        interpreter.globals["get_ipython"] = .builtin(BuiltinFunction(
            name: "get_ipython", doc: "The running shell, whose system(), getoutput() and run_line_magic() IPython's "
                + "rewritten !cmd and %magic lines call.") { _, _ in shellObject })
        initialNames.formUnion(["quit", "exit", "get_ipython", "__name__"])
    }
}
