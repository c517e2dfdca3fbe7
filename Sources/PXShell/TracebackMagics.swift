import PXRuntime

/// `%tb` and `%xmode`: the last traceback again, and how much tracebacks show.
enum TracebackMagics {
    static func install(into registry: inout MagicRegistry) {
        registry.add(Magic(name: "tb", summary: "Print the last traceback again, in the current %xmode.",
                           options: nil) { call in tb(call) })
        registry.add(Magic(name: "xmode", summary: "Switch how much tracebacks show: Plain, Context, Verbose or "
                           + "Minimal (without an argument, the next mode).", options: nil, operand: "[mode]")
        { call in try xmode(call) })
    }

    /// `%tb`: the last error shown, in full, as IPython prints it; `No traceback available to show.` before any.
    static func tb(_ call: MagicInvocation) {
        let shell = call.shell
        guard let last = shell.errors.lastException else {
            shell.output.line("No traceback available to show.")
            return
        }
        shell.errors.present(last, interpreter: shell.interpreter)
    }

    /// `%xmode [mode]`: sets the mode (any case) or moves to the next one, and says which it is; an unknown name
    /// leaves the mode and lists the valid ones.
    static func xmode(_ call: MagicInvocation) throws {
        let shell = call.shell
        let name = call.arguments.trimming(" \t")
        let modes = TracebackMode.allCases
        if name.isEmpty {
            let index = modes.firstIndex(of: shell.errors.mode) ?? 0
            shell.errors.mode = modes[(index + 1) % modes.count]
        } else if let mode = TracebackMode(named: name) {
            shell.errors.mode = mode
        } else {
            let valid = modes.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            throw ShellError.usage("UsageError: Error changing exception modes.\nUnrecognized mode in FormattedTB: "
                + "<\(name.prefix(1).uppercased() + name.dropFirst().lowercased())>\nValid modes: [\(valid)]")
        }
        // Verbose tracebacks show the values frames held, which exceptions keep only in that mode.
        shell.interpreter.capturesFrameValues = shell.errors.mode == .verbose
        shell.output.line("Exception reporting mode: \(shell.errors.mode.rawValue)")
    }
}
