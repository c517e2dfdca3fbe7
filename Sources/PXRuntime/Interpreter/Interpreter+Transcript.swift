extension Interpreter {
    /// Runs `source` as a module in a fresh interpreter, on a large-stack thread, and returns what it printed
    /// to stdout followed by the summary of an uncaught exception (`NameError: ...`) or of its first syntax
    /// error: the text the oracle corpora compare with what python3 and numpy print.
    /// - Parameter registry: the Swift functions to register; default none.
    public static func transcript(of source: String, registry: Registry = Registry()) -> String {
        InterpreterThread.run {
            let output = BufferedOutput()
            let vm = Interpreter(registry: registry, output: output)
            switch vm.run(source) {
            case .success: return output.stdout
            case .syntaxError(let d): return output.stdout + "SyntaxError: \(d.first?.message ?? "")"
            case .exception(let e): return output.stdout + e.summary
            }
        }
    }
}
