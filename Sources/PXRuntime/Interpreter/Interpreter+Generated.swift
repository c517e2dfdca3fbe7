import PXLang

// MARK: - Functions the runtime writes in the language

extension Interpreter {
    /// Compiles the source of one module-level `def` and returns the function without binding its name: how
    /// `dataclasses` makes the methods it adds, as CPython's does. The function's globals are this
    /// interpreter's.
    /// - Throws: `RuntimeError` when the source does not parse (an internal inconsistency).
    func generatedFunction(_ source: String, fileName: String) throws -> Value {
        let parsed = Parser.parse(source)
        guard parsed.isSuccess, parsed.program.count == 1, case .functionDef(let def) = parsed.program[0].kind else {
            throw RuntimeError(BuiltinTypes.runtimeError, "internal inconsistency: generated code does not parse: "
                + (parsed.diagnostics.first?.message ?? "not one function definition"))
        }
        var compiler = Compiler(interpreter: self, fileName: fileName)
        compiler.analysis.analyzeModule(parsed.program)
        let make = compiler.compileFunctionValue(def)
        let frameSize = compiler.scope.frameSize
        let fp = top
        guard fp + frameSize < stackEnd else { throw recursionError() }
        reserve(fp + frameSize)
        top = fp + frameSize
        defer {
            for i in 0..<frameSize { fp[i] = .undefined }
            top = fp
        }
        return try make(fp)
    }
}
