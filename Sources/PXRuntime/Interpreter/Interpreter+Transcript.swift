extension Interpreter {
    /// How a transcript ends when the program raised an exception it did not catch, or did not parse.
    public enum TranscriptEnding: Sendable {
        /// The summary alone, without a newline (`NameError: name 'x' is not defined`): what tests compare.
        case summary
        /// As `python3 FILE` ends on stderr, the oracle corpora's form: the traceback's last line with its
        /// newline; for `SystemExit`, nothing, or the message given to `sys.exit("…")`.
        case script
    }

    /// Runs `source` as a module in a fresh interpreter, on a large-stack thread, and returns what it printed
    /// to stdout followed by the summary of an uncaught exception or of its first syntax error: the text the
    /// tests and the oracle corpora compare with what python3 and numpy print.
    /// - Parameters:
    ///   - fileName: the name tracebacks show. Default `<stdin>`.
    ///   - ending: how an uncaught exception or syntax error ends the text. Default `.summary`.
    ///   - registry: the Swift functions to register; default none.
    public static func transcript(of source: String, fileName: String = "<stdin>", ending: TranscriptEnding = .summary,
                                  registry: Registry = Registry()) -> String {
        InterpreterThread.run {
            let output = BufferedOutput()
            let vm = Interpreter(registry: registry, output: output)
            let summary: String
            switch vm.run(source, fileName: fileName) {
            case .success: return output.stdout
            case .syntaxError(let d): summary = d.first?.summary ?? "SyntaxError: invalid syntax"
            case .exception(let e):
                guard ending == .script, e.type.isSubtype(of: BuiltinTypes.systemExit) else {
                    summary = e.summary
                    break
                }
                switch e.args.first {
                case nil, .none?, .int?: return output.stdout
                case let message?: summary = ValueFormatter.str(message)
                }
            }
            return output.stdout + summary + (ending == .script ? "\n" : "")
        }
    }
}
