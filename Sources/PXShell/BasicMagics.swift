import ArgumentParser
@preconcurrency import Glibc
import PXLang
import PXRuntime

/// The magics that need no engines: `%time`, `%timeit`, `%history`, `%who`, `%reset`, `%run`, `%help`,
/// `%quit`.
enum BasicMagics {
    static func install(into registry: inout MagicRegistry) {
        registry.add(Magic(name: "time", summary: "Time one execution of a statement (wall and CPU time).",
                           isCell: true, options: nil, operand: "statement") { call in try time(call) })
        registry.add(Magic(name: "timeit", summary: "Time a statement over many loops: mean ± std. dev. of 7 runs.",
                           isCell: true, options: TimeitOptions.self, operand: "statement") { call in try timeit(call) })
        registry.add(Magic(name: "history", summary: "Print the input history of this session (-n numbers lines).",
                           options: HistoryOptions.self)
        { call in try history(call) })
        registry.add(Magic(name: "who", summary: "List the variables you have defined.") { call in who(call) })
        registry.add(Magic(name: "reset", summary: "Delete every variable you have defined (-f: without asking).",
                           options: ResetOptions.self)
        { call in try reset(call) })
        registry.add(Magic(name: "run", summary: "Run a session file in the current namespace.", options: nil,
                           operand: "file") { call in try run(call) })
        registry.add(Magic(name: "help", summary: "List the magic commands, or explain one magic or object (%help px, %help len).",
                           options: nil, operand: "[name]") { call in help(call) })
        registry.add(Magic(name: "lsmagic", summary: "List the magic commands.") { call in help(call) })
        registry.add(Magic(name: "quit", summary: "Leave the shell (also %exit, quit(), Ctrl-D).") { call in
            call.shell.shouldExit = true
        })
        registry.add(Magic(name: "exit", summary: "Leave the shell.") { call in call.shell.shouldExit = true })
    }

    // MARK: - %time

    struct TimeOptions: ParsableArguments {}

    static func cpuSeconds() -> (user: Double, system: Double) {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return (Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6,
                Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6)
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func time(_ call: MagicInvocation) throws {
        let shell = call.shell
        let code = call.body ?? call.arguments
        guard !code.trimming(" \t\n").isEmpty else {
            throw ShellError.usage("UsageError: %time needs a statement, e.g. %time sum(range(10))")
        }
        let cpu0 = cpuSeconds()
        let t0 = now()
        var ok = false, value: Value?
        if call.body == nil, let magic = InputCell.magicName(code), !magic.isCell {
            // `%time %px …`: the magic line, timed.
            shell.runMagic(magic.name, arguments: magic.arguments, body: nil)
        } else {
            (ok, value) = shell.evaluate(code, firstLine: 1, wantsValue: true, fileName: "<timed exec>")
        }
        let wall = now() - t0
        let cpu1 = cpuSeconds()
        let user = cpu1.user - cpu0.user, system = cpu1.system - cpu0.system
        shell.output.line("CPU times: user \(TimeFormat.format(user)), sys: \(TimeFormat.format(system)), "
            + "total: \(TimeFormat.format(user + system))")
        shell.output.line("Wall time: \(TimeFormat.format(wall))")
        if ok, let value { shell.show(value) }
    }

    // MARK: - %timeit

    struct TimeitOptions: ParsableArguments {
        @Option(name: .customShort("n"), help: "Loops per run.") var loops: Int?
        @Option(name: .customShort("r"), help: "Number of runs.") var runs: Int = 7
    }

    static func timeit(_ call: MagicInvocation) throws {
        let shell = call.shell
        let (optionWords, rest) = MagicArguments.leadingOptions(call.arguments, valued: ["-n", "-r"])
        let options = try MagicArguments.parse(TimeitOptions.self, optionWords, magic: "timeit")
        // A magic line or `!cmd` is timed as IPython times it: rewritten to a call of get_ipython().
        let code = IPythonSyntax.transform(call.body ?? rest)?.code ?? call.body ?? rest
        guard !code.trimming(" \t\n").isEmpty else {
            throw ShellError.usage("UsageError: %timeit needs a statement, e.g. %timeit sum(range(100))")
        }
        guard options.runs >= 1, (options.loops ?? 1) >= 1 else { throw ShellError.usage("UsageError: -n and -r must be positive") }
        let parsed = Parser.parse(code)
        guard parsed.isSuccess else {
            shell.errors.present(parsed.diagnostics, fileName: "<magic-timeit>") { _ in code }
            return
        }
        let vm = shell.interpreter
        func runLoops(_ n: Int) throws -> Double {
            let t0 = now()
            for _ in 0..<n { _ = try vm.execute(parsed.program, fileName: "<magic-timeit>", mode: .module) }
            return now() - t0
        }
        do {
            var loops = options.loops ?? 0
            if loops == 0 {
                loops = 1
                while true {
                    let t = try runLoops(loops)
                    if t >= 0.2 || loops >= 100_000_000 { break }
                    loops *= 10
                }
            }
            var perLoop: [Double] = []
            for _ in 0..<options.runs { perLoop.append(try runLoops(loops) / Double(loops)) }
            let mean = perLoop.reduce(0, +) / Double(perLoop.count)
            let variance = perLoop.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(perLoop.count)
            let runs = options.runs
            let loopsText = formatThousands(loops)
            if runs == 1 {
                shell.output.line("\(TimeFormat.format(mean)) per loop (mean of 1 run, \(loopsText) loop\(loops == 1 ? "" : "s") each)")
            } else {
                shell.output.line("\(TimeFormat.format(mean)) ± \(TimeFormat.format(variance.squareRoot())) per loop "
                    + "(mean ± std. dev. of \(runs) runs, \(loopsText) loop\(loops == 1 ? "" : "s") each)")
            }
        } catch let error as RuntimeError {
            shell.errors.present(error.exception, interpreter: vm)
        }
    }

    static func formatThousands(_ n: Int) -> String {
        var digits = Array(String(n))
        var out: [Character] = []
        while digits.count > 3 {
            out = [","] + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return String(digits + out)
    }

    // MARK: - %history, %who, %reset, %run, %help

    struct HistoryOptions: ParsableArguments {
        @Flag(name: .customShort("n"), help: "Number the lines.") var numbered = false
    }

    static func history(_ call: MagicInvocation) throws {
        let options = try MagicArguments.parse(HistoryOptions.self, call.arguments, magic: "history")
        let shell = call.shell
        // The `%history` cell itself is the last entry; IPython shows it too.
        for (i, source) in shell.inputHistory.enumerated() {
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            for (k, line) in lines.enumerated() {
                if options.numbered {
                    let number = k == 0 ? String(i + 1) : ""
                    let pad = String(repeating: " ", count: max(0, 4 - number.count))
                    shell.output.line(k == 0 ? "\(pad)\(number): \(line)" : "\(String(repeating: " ", count: 4))  \(line)")
                } else {
                    shell.output.line(String(line))
                }
            }
        }
    }

    static func userNames(_ shell: Shell) -> [String] {
        shell.interpreter.globals.names.filter { !$0.hasPrefix("_") && !shell.initialNames.contains($0) }
    }

    static func who(_ call: MagicInvocation) {
        let names = userNames(call.shell)
        if names.isEmpty {
            call.shell.output.line("Interactive namespace is empty.")
        } else {
            call.shell.output.line(names.joined(separator: "\t") + "\t")
        }
    }

    struct ResetOptions: ParsableArguments {
        @Flag(name: .customShort("f"), help: "Do not ask for confirmation.") var force = false
        @Flag(name: .customShort("s"), help: "Soft reset.") var soft = false
    }

    static func reset(_ call: MagicInvocation) throws {
        _ = try MagicArguments.parse(ResetOptions.self, call.arguments, magic: "reset")
        let shell = call.shell
        for name in userNames(shell) + ["_"] { shell.interpreter.globals[name] = nil }
    }

    static func run(_ call: MagicInvocation) throws {
        let shell = call.shell
        let words = MagicArguments.split(call.arguments)
        guard let path = words.first else { throw ShellError.usage("UsageError: %run needs a file name") }
        guard let text = TextFile.read(path) else { throw ShellError.fileNotFound(path) }
        shell.runCode(text, firstLine: 1, display: false, fileName: path)
    }

    static func help(_ call: MagicInvocation) {
        let shell = call.shell
        if !call.arguments.trimming(" \t").isEmpty {
            shell.help(call.arguments)
            return
        }
        shell.output.line("swiftpx magics (line magics start with %, cell magics with %% and end at a blank line):")
        for magic in shell.magics.all where !["lsmagic", "exit"].contains(magic.name) {
            let form = magic.isCell && magic.isLine ? "%\(magic.name), %%\(magic.name)"
                : magic.isCell ? "%%\(magic.name)" : "%\(magic.name)"
            shell.output.line("  " + form.padding(22) + magic.summary)
        }
        shell.output.line("help(x) shows the documentation of a function or object.")
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
