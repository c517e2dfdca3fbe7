import Foundation
import PXClient
import PXRuntime
import PXSession

/// `%engines`, `%timing AR` and `%timeline AR`: where the time of a parallel computation went.
enum TimingMagics {
    static func install(into registry: inout MagicRegistry) {
        registry.add(Magic(name: "engines", summary: "List the engines: id, host, pid, state, queue, done.",
                           options: EnginesOptions.self) {
            try engines($0)
        })
        registry.add(Magic(name: "timing", summary: "Per-engine timing of an AsyncResult: busy, utilisation, speedup.",
                           options: TimingOptions.self, operand: "[result]") {
            call in
            let options = try MagicArguments.parse(TimingOptions.self, call.arguments, magic: "timing")
            let ar = try asyncResult(options.result, call.shell, magic: "timing")
            call.shell.output.line(TimingReport.table(ar.summaries))
        })
        registry.add(Magic(name: "timeline", summary: "Gantt chart of an AsyncResult's tasks per engine (--trace FILE).",
                           options: TimelineOptions.self, operand: "[result]") {
            try timeline($0)
        })
    }

    static func engines(_ call: MagicInvocation) throws {
        _ = try MagicArguments.parse(EnginesOptions.self, call.arguments, magic: "engines")
        let client = try ParallelMagics.client(call.shell)
        var table = TextTable([("id", .right), ("host", .left), ("pid", .right), ("state", .left), ("queue", .right),
                               ("done", .right)])
        for engine in client.engineSummaries() {
            table.add([engine.id.description, engine.host, String(engine.pid), stateText(engine), String(engine.queued),
                       String(engine.completed)])
        }
        call.shell.output.line(table.render())
    }

    /// `running`, `dead`, `dead (exit status 1)`, `unregistered`.
    static func stateText(_ engine: EngineSummary) -> String {
        switch engine.state {
        case .registered: return "running"
        case .dead: return engine.note.isEmpty ? "dead" : "dead (\(engine.note))"
        default: return "\(engine.state)"
        }
    }

    static func timeline(_ call: MagicInvocation) throws {
        let shell = call.shell
        let options = try MagicArguments.parse(TimelineOptions.self, call.arguments, magic: "timeline")
        let ar = try asyncResult(options.result, shell, magic: "timeline")
        let tasks = ar.summaries
        shell.output.line(TimelineChart.render(tasks, width: options.width ?? TerminalSize.columns()))
        if let path = options.trace {
            do {
                try ChromeTrace.json(tasks, name: ar.functionName).write(to: URL(fileURLWithPath: path))
            } catch {
                throw ShellError.usage("UsageError: %timeline could not write \(path): \(error.localizedDescription)")
            }
            shell.output.line("Wrote a Chrome trace of \(tasks.count) tasks to \(path) (open it in ui.perfetto.dev).")
        }
    }

    /// The AsyncResult an expression names, or the last `%px` result when there is none.
    static func asyncResult(_ words: [String], _ shell: Shell, magic: String) throws -> AsyncResultObject {
        guard !words.isEmpty else {
            guard let ar = shell.lastParallelResult else {
                throw ShellError.usage("UsageError: %\(magic) needs an AsyncResult, e.g. %\(magic) ar "
                    + "(without one it shows the last %px, and there has been none)")
            }
            return ar
        }
        let expression = words.joined(separator: " ")
        let value = try shell.interpreter.evaluateExpression(expression, fileName: "<%\(magic)>")
        guard case .object(let object) = value, let ar = object as? AsyncResultObject else {
            throw ShellError.usage("UsageError: %\(magic) needs an AsyncResult, not \(value.typeName) (\(expression))")
        }
        return ar
    }
}
