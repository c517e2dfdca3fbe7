import PXRuntime
import PXSession
import PXWire

/// One task of an AsyncResult, as the shell's timing views and `%px` display need it.
public struct TaskSummary {
    /// The task's msg_id.
    public var id: TaskID
    /// The engine that ran it, if known.
    public var engine: EngineID?
    /// When it was submitted, started, completed and received (seconds since the epoch; engine times on the
    /// controller's clock).
    public var submitted: Double, started: Double?, completed: Double?, received: Double?
    /// Items it carried (map chunks).
    public var items: Int
    /// Where it stands (`error` also for a reply this client cannot decode).
    public var status: TaskStatus
    /// Captured output.
    public var stdout: String, stderr: String
    /// For `execute`: the engine's execution count and the repr of the final expression.
    public var executeResult: (count: Int, text: String)?
    /// The error, for failed tasks.
    public var error: ExceptionObject?
}

extension AsyncResultObject {
    /// Per-task details (outcomes are decoded on the calling thread).
    public var summaries: [TaskSummary] {
        zip(records.indices, connection.snapshots(of: records)).map { i, task in
            var status = TaskStatus.pending
            var error: ExceptionObject?
            var execute: (Int, String)?
            if task.isDone {
                switch outcome(i) {
                case .success:
                    status = .ok
                    if let (count, text) = executed[i], let text { execute = (count, text) }
                case .failure(let e):
                    status = e.kind === BuiltinTypes.taskAborted ? .aborted : .error
                    error = e.exception
                }
            }
            return TaskSummary(id: task.id, engine: task.engine, submitted: task.submitted.secondsSinceEpoch,
                               started: task.started?.secondsSinceEpoch, completed: task.completed?.secondsSinceEpoch,
                               received: task.received?.secondsSinceEpoch, items: task.itemCount, status: status,
                               stdout: task.stdout, stderr: task.stderr, executeResult: execute, error: error)
        }
    }

    /// Whether its output is shown as it arrives (false for `%px --no-stream`, which shows it grouped).
    public var streamsOutput: Bool { records.allSatisfy(\.showsOutput) }

    /// Whether every task has finished.
    public var finished: Bool { isReady }

    /// The function name shown in reprs (`execute`, `<lambda>`).
    public var functionName: String { fname }

    /// Waits for every task. Returns false on timeout; throws `KeyboardInterrupt` on Ctrl-C.
    public func wait(seconds: Double?) throws -> Bool { try waitAll(timeout: seconds) }

    /// The combined value, or the error (`RemoteError`, `CompositeError`, …).
    public func value() throws -> Value { try get(timeout: nil) }
}

extension ClientObject {
    /// Submits what `body` sends with the output held back from live display (`%px --no-stream`).
    public func withoutLiveOutput<R>(_ body: () throws -> R) rethrows -> R {
        try connection.withoutLiveOutput(body)
    }

    /// The client the language created (`ipp.Client()`), if any.
    public static func current(in interpreter: Interpreter) -> ClientObject? {
        ParallelContext.of(interpreter).client
    }

    /// The view `%px` uses: the activated one, or a blocking DirectView on all engines.
    public func activeView(in interpreter: Interpreter) -> ViewObject {
        let context = ParallelContext.of(interpreter)
        if let view = context.activeView { return view }
        let view = ViewObject(client: self, kind: .direct, targets: .all)
        view.block = true
        context.activeView = view
        return view
    }

    /// The engine table with the controller's queue lengths (`%engines`).
    public func engineSummaries() -> [EngineSummary] { connection.engineSummaries() }

    /// Resolves a `--targets` specification without evaluating code: `all`, `3`, `0,2`, `[0, 2]`, `::2`,
    /// `1:`, `-1`.
    public func targets(parsing text: String, interpreter: Interpreter) throws -> Value {
        let spec = text.trimming(" ")
        if spec == "all" || spec.isEmpty { return .str("all") }
        if spec.contains(":") {
            let parts = spec.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimming(" ") }
            guard parts.count <= 3 else { throw RuntimeError.valueError("bad --targets slice '\(text)'") }
            let values = try parts.map { part -> Value in
                if part.isEmpty { return .none }
                guard let n = Int(part) else { throw RuntimeError.valueError("bad --targets slice '\(text)'") }
                return .int(n)
            }
            return .slice(SliceObject(start: values[0], stop: values.count > 1 ? values[1] : .none,
                                      step: values.count > 2 ? values[2] : .none))
        }
        let list = spec.trimming("[]() ")
        let numbers = try list.split(separator: ",").map { part -> Value in
            guard let n = Int(part.trimming(" ")) else {
                throw RuntimeError.valueError("bad --targets '\(text)': use all, an engine id, a list such as 0,2, or a slice such as ::2")
            }
            return .int(n)
        }
        if numbers.count == 1, !spec.contains(","), !spec.hasPrefix("[") { return numbers[0] }
        return .list(ListObject(numbers))
    }
}

extension ViewObject {
    /// A copy of the view with other targets (for `%px --targets`).
    public func retargeted(_ spec: Value, interpreter: Interpreter) throws -> ViewObject {
        let view = ViewObject(client: client, kind: .direct, targets: try client.targets(from: spec, interpreter))
        view.block = block
        return view
    }

    /// The engines the view targets now.
    public var engineNumbers: [Int] { engines.map { Int($0.rawValue) } }

    /// `view.execute(code, silent=False)`, returning the AsyncResult without waiting.
    public func executeAsync(_ code: String) throws -> AsyncResultObject {
        try execute(code, silent: false, spec: targets)
    }
}
