import PXRuntime

/// Runs a program on a large-stack thread and returns what it printed, or the exception summary.
func evaluate(_ source: String) -> String {
    InterpreterThread.run {
        let output = BufferedOutput()
        let vm = Interpreter(output: output)
        switch vm.run(source) {
        case .success: return output.stdout
        case .syntaxError(let d): return output.stdout + "SyntaxError: \(d.first?.message ?? "")"
        case .exception(let e): return output.stdout + e.summary
        }
    }
}

/// The value of one expression, as `repr` shows it.
func reprOf(_ expression: String) -> String {
    evaluate("print(repr((\(expression))))").trimmingSuffix("\n")
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
