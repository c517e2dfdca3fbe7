import PXRuntime

/// Runs a program on a large-stack thread and returns what it printed, or the exception summary.
func evaluate(_ source: String) -> String {
    Interpreter.transcript(of: source)
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
