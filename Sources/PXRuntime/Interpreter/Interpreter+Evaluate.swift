extension Interpreter {
    /// The value of one expression typed as a magic's argument (`%timing ars[0]`).
    /// - Throws: `RuntimeError` for a syntax error or an exception.
    public func evaluateExpression(_ source: String, fileName: String) throws -> Value {
        switch run(source, fileName: fileName, mode: .interactive) {
        case .success(let value):
            return value ?? .none
        case .syntaxError(let diagnostics):
            throw RuntimeError(BuiltinTypes.syntaxError, diagnostics.first?.message ?? "invalid syntax")
        case .exception(let exception):
            throw RuntimeError(exception)
        }
    }
}
