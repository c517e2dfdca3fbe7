import PXClient
import PXLang
import PXRuntime

/// The only code that turns errors into text: syntax errors with a caret, tracebacks, shell and usage
/// errors. It also records that something failed, for the exit status.
public final class ErrorPresenter {
    let output: ConsoleOutput
    /// Colours for tracebacks on a terminal.
    let colors: ColorScheme
    /// Whether any statement failed (the exit status becomes 1).
    public private(set) var hasErrors = false
    /// How much tracebacks show (`%xmode`). Default: Context, as IPython.
    var mode = TracebackMode.context
    /// Whether tracebacks take Python's own form, as `python3 FILE` prints them (scripts), rather than IPython's.
    var usesPythonForm = false
    /// The last exception shown, for `%tb`.
    private(set) var lastException: ExceptionObject?

    init(output: ConsoleOutput, colors: ColorScheme) {
        self.output = output
        self.colors = colors
    }

    /// Errors from engines: each engine's traceback headed `[0:apply]` as ipyparallel shows them, identical
    /// errors of several tasks once with the engines, task count and failing map elements in the header.
    /// Scripts get the grouped one-line form for several errors, and the plain traceback for one.
    func renderRemote(_ e: ExceptionObject) -> String? {
        let mode = usesPythonForm ? TracebackMode.plain : mode
        if e.type === BuiltinTypes.compositeError {
            let lines = usesPythonForm ? RemoteErrorText.grouped(e) : RemoteErrorText.tracebacks(e, mode: mode)
            return lines.joined(separator: "\n")
        }
        guard e.type === BuiltinTypes.remoteError else { return nil }
        return RemoteErrorText.traceback(e, mode: mode)?.joined(separator: "\n") ?? e.message
    }

    /// Reports a syntax error.
    func present(_ diagnostics: [Diagnostic], fileName: String, source: (Int) -> String?) {
        hasErrors = true
        guard let d = diagnostics.first else { return }
        output.error(colors.traceback(TracebackFormatter.syntaxError(d, fileName: fileName, line: source(d.location.line))
            .joined(separator: "\n")))
    }

    /// Reports an exception that escaped a statement.
    func present(_ exception: ExceptionObject, interpreter: Interpreter) {
        hasErrors = true
        lastException = exception
        output.error(colors.traceback(render(exception, interpreter: interpreter)))
    }

    /// The text of an exception: a traceback (when it has frames) and the summary line.
    func render(_ exception: ExceptionObject, interpreter: Interpreter) -> String {
        if let text = renderRemote(exception) { return text }
        var lines: [String] = []
        if let cause = exception.cause {
            lines.append(render(cause, interpreter: interpreter))
            lines.append("")
            lines.append("The above exception was the direct cause of the following exception:")
            lines.append("")
        } else if let context = exception.context, !exception.suppressContext {
            lines.append(render(context, interpreter: interpreter))
            lines.append("")
            lines.append("During handling of the above exception, another exception occurred:")
            lines.append("")
        }
        if !usesPythonForm {
            if exception.traceback.isEmpty { return (lines + [exception.summary]).joined(separator: "\n") }
            var formatter = TracebackFormatter(mode: mode) { [weak interpreter] file, line in
                interpreter?.sourceLine(file: file, line: line)
            }
            formatter.describe = { [weak interpreter] index in interpreter?.frameDescription(exception, index: index) }
            lines += formatter.lines(exception.traceback, typeName: exception.type.qualifiedName,
                                     summary: exception.summary)
            return lines.joined(separator: "\n")
        }
        if !exception.fullTraceback.isEmpty {
            lines.append("Traceback (most recent call last):")
            var previous: TracebackEntry?
            var repeats = 0
            func flushRepeats() {
                if repeats > 3 {
                    let more = repeats - 3
                    lines.append("  [Previous line repeated \(more) more time\(more == 1 ? "" : "s")]")
                }
                repeats = 0
            }
            for entry in exception.fullTraceback {
                if entry == previous {
                    repeats += 1
                    if repeats >= 3 { continue }
                } else {
                    flushRepeats()
                }
                previous = entry
                lines.append("  File \"\(entry.file)\", line \(entry.line), in \(entry.function)")
                if let source = interpreter.sourceLine(file: entry.file, line: entry.line) {
                    let trimmed = source.trimming(" \t")
                    if !trimmed.isEmpty { lines.append("    " + trimmed) }
                    if !trimmed.isEmpty, let span = entry.span,
                       let marks = ErrorLocationMarkers.line(for: span, lineNumber: entry.line, text: source) {
                        lines.append(marks)
                    }
                }
            }
            if repeats > 0 { repeats += 1 }
            flushRepeats()
        }
        lines += ErrorPresenter.syntaxErrorTail(exception) ?? [exception.summary]
        return lines.joined(separator: "\n")
    }

    /// Reports a problem with a magic, a file or the command line.
    func present(_ error: any Error) {
        hasErrors = true
        output.error("\(error)")
    }

    /// Reports a usage problem without counting it as a failed statement.
    func warn(_ text: String) {
        output.error(text)
    }
}
