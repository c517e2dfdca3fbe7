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
    /// Extra renderers for exception classes that carry their own text (remote errors).
    var renderers: [(ExceptionObject) -> String?] = []

    init(output: ConsoleOutput, colors: ColorScheme) {
        self.output = output
        self.colors = colors
        renderers.append(ErrorPresenter.renderRemote)
    }

    /// Errors from engines: the remote summary (and its traceback for a single error); identical errors of
    /// several engines grouped on one line with the engine list.
    static func renderRemote(_ e: ExceptionObject) -> String? {
        if e.type === BuiltinTypes.compositeError {
            return RemoteErrorText.grouped(e).joined(separator: "\n")
        }
        guard e.type === BuiltinTypes.remoteError else { return nil }
        // `[0:apply] ZeroDivisionError: …`, or the label then the engine's traceback when it has frames.
        guard case .str(let traceback)? = e.attributes["traceback"], traceback.contains("\n") else { return e.message }
        let label = e.message.prefix { $0 != " " }
        return label + " " + traceback
    }

    /// Reports a syntax error.
    func present(_ diagnostics: [Diagnostic], fileName: String, source: (Int) -> String?) {
        hasErrors = true
        guard let d = diagnostics.first else { return }
        guard d.pointsAtSource else {
            output.error(d.summary)
            return
        }
        var text = "  File \"\(fileName)\", line \(d.location.line)\n"
        if let line = source(d.location.line) {
            let stripped = line.drop { $0 == " " || $0 == "\t" }
            let removed = line.count - stripped.count
            let trimmed = stripped.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
            text += "    " + String(trimmed) + "\n"
            let caret = max(0, min(d.location.column - 1 - removed, trimmed.count))
            text += "    " + String(repeating: " ", count: caret) + "^\n"
        }
        text += "\(d.exceptionName): \(d.message)"
        output.error(colors.traceback(text))
    }

    /// Reports an exception that escaped a statement.
    func present(_ exception: ExceptionObject, interpreter: Interpreter) {
        hasErrors = true
        output.error(colors.traceback(render(exception, interpreter: interpreter)))
    }

    /// The text of an exception: a traceback (when it has frames) and the summary line.
    func render(_ exception: ExceptionObject, interpreter: Interpreter) -> String {
        for renderer in renderers {
            if let text = renderer(exception) { return text }
        }
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
        if !exception.traceback.isEmpty {
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
            for entry in exception.traceback {
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
                }
            }
            if repeats > 0 { repeats += 1 }
            flushRepeats()
        }
        lines.append(exception.summary)
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
