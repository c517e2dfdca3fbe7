import PXRuntime

extension Shell {
    /// Runs a `!cmd`, `!!cmd` or `x = !cmd` cell.
    func runSystemCommand(_ command: SystemCommand) {
        let text = SystemCommand.expand(command.command, interpreter)
        switch command.form {
        case .run:
            // What the shell printed goes out first: the command writes to the same terminal or pipe.
            output.flush()
            SystemCommand.run(text)
        case .capture:
            let lines = Value.list(ListObject(SystemCommand.capture(text).map { .str($0) }))
            if displaysValues { show(lines) }
        case .assign(let target):
            let lines = SystemCommand.capture(text).map { Value.str($0) }
            let names = target.split(separator: ",").map { $0.trimming(" \t") }
            guard names.count > 1 else {
                interpreter.globals[names.first ?? target] = .list(ListObject(lines))
                return
            }
            guard names.count == lines.count else {
                let problem = lines.count > names.count ? "too many values to unpack (expected \(names.count))"
                    : "not enough values to unpack (expected \(names.count), got \(lines.count))"
                errors.present(RuntimeError.valueError(problem).exception, interpreter: interpreter)
                return
            }
            for (name, line) in zip(names, lines) { interpreter.globals[name] = line }
        }
    }
}
