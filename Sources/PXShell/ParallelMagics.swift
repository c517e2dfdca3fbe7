import PXClient
import PXRuntime

/// `%px`, `%%px`, `%autopx`, `%pxresult`/`%result` and `%pxconfig`.
enum ParallelMagics {
    static func install(into registry: inout MagicRegistry) {
        registry.add(Magic(name: "px", summary: "Run a statement (or, as %%px, a cell) on the engines.", isCell: true,
                           options: PxOptions.self, operand: "statement") {
            try px($0)
        })
        registry.add(Magic(name: "autopx", summary: "Toggle sending every line to the engines (the prompt shows [px]).") {
            call in
            let shell = call.shell
            shell.autopx.toggle()
            shell.promptPrefix = shell.autopx ? "[px] " : ""
            shell.output.line(shell.autopx ? "%autopx enabled" : "%autopx disabled")
        })
        registry.add(Magic(name: "pxresult", summary: "Show the output and results of the last %px.",
                           options: PxResultOptions.self) { try result($0) })
        registry.add(Magic(name: "result", summary: "Same as %pxresult.", options: PxResultOptions.self) { try result($0) })
        registry.add(Magic(name: "pxconfig", summary: "Set the defaults of %px: --targets, --block/--noblock, --timing, …; alone, show them.",
                           options: PxOptions.self) {
            call in
            guard !call.arguments.trimming(" \t").isEmpty else {
                call.shell.output.line(call.shell.pxConfig.description)
                return
            }
            let options = try MagicArguments.parse(PxOptions.self, call.arguments, magic: "pxconfig")
            var config = call.shell.pxConfig
            if let targets = options.targets { config.targets = targets }
            if let blocking = options.blocking { config.block = blocking }
            if let stream = options.stream { config.stream = stream }
            if let verbose = options.verbose { config.verbose = verbose }
            if let after = options.progressAfter {
                // Every blocking call, not only %px, shows the bar after this long.
                config.progressAfter = after
                call.shell.progressBar?.showAfter = after
            }
            if let grouping = options.grouping { config.grouping = grouping }
            if let timing = options.timing { config.timing = timing }
            call.shell.pxConfig = config
        })
    }

    /// The client of the session, created on first use when the shell has a cluster.
    static func client(_ shell: Shell) throws -> ClientObject {
        if let client = ClientObject.current(in: shell.interpreter) { return client }
        let module = try shell.interpreter.importModule("swiftpx")
        let made = try shell.interpreter.call(try shell.interpreter.attribute(module, "Client"), Arguments())
        guard case .object(let object) = made, let client = object as? ClientObject else {
            throw ShellError.usage("UsageError: %px needs a client (ipp.Client())")
        }
        return client
    }

    static func px(_ call: MagicInvocation) throws {
        let shell = call.shell
        let code: String
        var options: PxOptions
        if let body = call.body {
            options = try MagicArguments.parse(PxOptions.self, call.arguments, magic: "px")
            code = body
        } else {
            let (words, rest) = MagicArguments.leadingOptions(call.arguments,
                                                              valued: ["-t", "--targets", "-o", "--out", "--group-outputs",
                                                                       "--progress-after"])
            options = try MagicArguments.parse(PxOptions.self, words, magic: "px")
            code = rest
        }
        guard !code.trimming(" \t\n").isEmpty else {
            throw ShellError.usage("UsageError: %px needs code to run, e.g. %px import os")
        }
        try run(code, options: options, shell: shell)
    }

    /// Runs code on the engines as `%px` does and shows output, results and errors.
    static func run(_ code: String, options: PxOptions, shell: Shell) throws {
        let config = shell.pxConfig
        let vm = shell.interpreter
        let client = try client(shell)
        var view = client.activeView(in: vm)
        if let targets = options.targets ?? config.targets {
            view = try view.retargeted(try client.targets(parsing: targets, interpreter: vm), interpreter: vm)
        }
        let blocking = options.blocking ?? config.block
        if options.verbose ?? config.verbose {
            shell.output.line("\(blocking ? "Parallel" : "Async parallel") execution on engine(s): "
                + abbreviated(view.engineNumbers))
        }
        let stream = options.stream ?? config.stream
        let ar = try stream ? view.executeAsync(code) : client.withoutLiveOutput { try view.executeAsync(code) }
        shell.lastParallelResult = ar
        if let name = options.out { vm.globals[name] = .object(ar) }
        if options.local { shell.runCode(code, firstLine: 1, display: false, fileName: "<px --local>") }
        guard blocking else { return }
        try shell.waitShowingProgress(ar, after: options.progressAfter ?? config.progressAfter)
        show(ar, grouping: options.grouping ?? config.grouping, shell: shell)
        if config.timing { shell.output.line(TimingReport.table(ar.summaries)) }
    }

    /// Output held back by `--no-stream`, grouped, with the `Out[engine:n]: value` lines (streamed output has
    /// been shown already); then errors, grouped.
    static func show(_ ar: AsyncResultObject, grouping: OutputGrouping, shell: Shell) {
        let tasks = ar.summaries
        if ar.streamsOutput {
            for task in tasks.sorted(by: { ($0.engine.map { Int($0.rawValue) } ?? -1) < ($1.engine.map { Int($0.rawValue) } ?? -1) }) {
                guard let (count, text) = task.executeResult else { continue }
                shell.output.line("Out[\(task.engine?.description ?? "-"):\(count)]: \(text)")
            }
        } else {
            shell.output.write(OutputLayout.render(ar, groupBy: grouping.rawValue, includeResults: true), to: .stdout)
        }
        let errors = tasks.compactMap(\.error)
        if errors.count == 1 {
            shell.errors.present(errors[0], interpreter: shell.interpreter)
        } else if errors.count > 1 {
            do {
                _ = try ar.value()
            } catch let error as RuntimeError {
                shell.errors.present(error.exception, interpreter: shell.interpreter)
            } catch {
                shell.errors.present(error)
            }
        }
    }

    /// `[0, 1, 2, 3, ..., 96, 97, 98, 99]` for long lists, as ipyparallel abbreviates.
    static func abbreviated(_ ids: [Int]) -> String {
        let shown = ids.count > 10 ? ids.prefix(4).map(String.init) + ["..."] + ids.suffix(4).map(String.init)
            : ids.map(String.init)
        return "[" + shown.joined(separator: ", ") + "]"
    }

    static func result(_ call: MagicInvocation) throws {
        let shell = call.shell
        let options = try MagicArguments.parse(PxResultOptions.self, call.arguments, magic: "pxresult")
        guard let ar = shell.lastParallelResult else {
            throw ShellError.usage("UsageError: %pxresult recalls last %px result, which has not yet been used.")
        }
        if let name = options.out { shell.interpreter.globals[name] = .object(ar) }
        try shell.waitShowingProgress(ar, after: shell.pxConfig.progressAfter)
        show(ar, grouping: options.grouping ?? shell.pxConfig.grouping, shell: shell)
    }
}
