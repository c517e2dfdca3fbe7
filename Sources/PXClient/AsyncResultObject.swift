import PXCodec
import PXRuntime
import PXSession
import PXTransport
import PXWire

/// `AsyncResult` / `AsyncMapResult`: the handle of submitted tasks, with ipyparallel's members (`get`, `wait`,
/// `ready`, `metadata`, timings, iteration in order of arrival).
public final class AsyncResultObject: NativeObject {
    /// How the tasks' results combine into what `get()` returns.
    enum Shape {
        /// One task; `get()` is its value.
        case single
        /// One task per engine; `get()` is the list of values.
        case perTask
        /// Map chunks; `get()` concatenates them. Iteration yields items, in order or as chunks finish.
        case map(ordered: Bool)
        /// Pulled parts concatenated (`gather`).
        case gather
        /// No value (`push`, `scatter`): None, or a list of Nones when `perTask`.
        case nothing(perTask: Bool)
    }

    let client: ClientObject
    let records: [TaskRecord]
    let fname: String
    let shape: Shape
    /// `apply` or `execute` (error labels).
    let method: String
    /// The source text of an `execute`.
    let code: String?
    var decoded: [Result<Value, RuntimeError>?]
    /// What each `execute` task reported (its execution count and the text of a final expression), by task index:
    /// only `execute` tasks have an entry, so other results pay nothing for it.
    var executed: [Int: (count: Int, text: String?)] = [:]
    /// `get()` puts each failed task's `RemoteError` in the result instead of raising (`return_exceptions=True`).
    var returnExceptions = false
    /// What the program did to the result as a Future (`cancel()`, `set_running_or_notify_cancel()`).
    var futureMark = FutureMark.none
    /// The outcome the program set (`set_result`, `set_exception`) before the tasks finished.
    var settlement: Settlement?
    /// Whether it is shown as ipyparallel's `AsyncHubResult` (`rc.resubmit`).
    var isHubResult = false
    /// Functions `add_done_callback` registered that have not run yet; each runs once, with this result,
    /// when a wait first sees every task finished.
    var doneCallbacks: [Value] = []

    init(client: ClientObject, records: [TaskRecord], fname: String, shape: Shape, method: String = "apply",
         code: String? = nil) {
        self.client = client
        self.records = records
        self.fname = fname
        self.shape = shape
        self.method = method
        self.code = code
        self.decoded = Array(repeating: nil, count: records.count)
    }

    deinit {
        // A large result's records and values are freed as it goes: memory goes back once the frees have settled.
        if records.count >= FreeMemory.compactionCapacity { FreeMemory.returnToSystemSoon() }
    }

    /// `AsyncResult`, with its class method `join`.
    static let asyncResultType: TypeObject = {
        let type = TypeObject(name: "AsyncResult", base: FuturesModule.futureType, module: "ipyparallel",
                              doc: "The result of tasks submitted to engines; a Future.")
        type.defineClassAttribute("join", .builtin(BuiltinFunction(name: "join", module: "ipyparallel") { args, _ in
            try AsyncResultObject.join(args, map: false)
        }))
        return type
    }()
    /// `AsyncMapResult`, whose `join` makes an AsyncMapResult.
    static let asyncMapResultType: TypeObject = {
        let type = TypeObject(name: "AsyncMapResult", base: asyncResultType, module: "ipyparallel",
                              doc: "The result of a map over engines, iterable as items arrive.")
        type.defineClassAttribute("join", .builtin(BuiltinFunction(name: "join", module: "ipyparallel") { args, _ in
            try AsyncResultObject.join(args, map: true)
        }))
        return type
    }()
    /// `concurrent.futures.CancelledError`, raised by `get()` after `cancel()`.
    static var cancelledError: TypeObject { FuturesModule.cancelledError }

    var isMap: Bool {
        if case .map = shape { return true }
        if case .gather = shape { return true }
        return false
    }

    public var pythonType: TypeObject {
        isHubResult ? Self.asyncHubResultType : isMap ? Self.asyncMapResultType : Self.asyncResultType
    }

    /// `AsyncHubResult`: the result of `rc.resubmit`, a subclass of `AsyncResult`.
    static let asyncHubResultType = TypeObject(name: "AsyncHubResult", base: asyncResultType, module: "ipyparallel",
                                               doc: "The result of tasks resubmitted through the controller.")

    var connection: ClusterConnection { client.connection }
    var interpreter: Interpreter { client.interpreter }

    // MARK: - State

    /// Whether every task has finished.
    var isReady: Bool { connection.progress(of: records).isComplete }

    /// Completed items (map) or tasks.
    var progress: Int {
        let progress = connection.progress(of: records)
        return isMap ? progress.finishedItems : progress.finishedTasks
    }

    /// Total items (map) or tasks.
    var length: Int { isMap ? records.map(\.itemCount).reduce(0, +) : records.count }

    /// The value or error of task `i` (`TimeoutError` while it has not finished).
    func outcome(_ i: Int) -> Result<Value, RuntimeError> {
        if let known = decoded[i] { return known }
        let record = records[i]
        let snapshot = record.snapshot
        let engine = snapshot.engine
        let outcome: Result<Value, RuntimeError>
        if let failure = snapshot.failure {
            let engine = failure.reason == .engineDied ? (engine ?? record.target) : nil
            outcome = .failure(RuntimeError(RemoteErrors.failure(failure, task: record.id, engine: engine)))
        } else if let reply = record.takeReply() {
            do {
                switch try TaskResult.decode(reply, interpreter: interpreter) {
                case .value(let v):
                    outcome = .success(v)
                    client.results.record(
                        v, for: record.id.description, byteCount: reply.count + reply.segments.reduce(0) { $0 + $1.length })
                case .executed(let count, let text):
                    executed[i] = (count, text)
                    outcome = .success(.none)
                case .error(let reported):
                    let info = MissingFunction.attributing(reported, origins: interpreter.registry.origins)
                    let exception = RemoteErrors.remote(info, engine: engine, uuid: client.uuid(of: engine),
                                                        method: method, interpreter: interpreter)
                    if let element = info.element {
                        exception.mapElement = records[..<i].reduce(element) { $0 + $1.itemCount }
                    }
                    let error = RuntimeError(exception)
                    client.store.recordError(error, for: record.id)
                    outcome = .failure(error)
                }
            } catch {
                outcome = .failure(RuntimeError(BuiltinTypes.runtimeError, "undecodable reply: \(error)"))
            }
            // The outcome is kept from now on (`takeReply` dropped the encoded bytes, so the buffer they arrived in
            // can be reused).
        } else if record.isDone {
            // Another AsyncResult of the same task (`rc.get_result`) read the reply: take what it kept.
            let id = record.id.description
            if let value = client.results.value(for: id) {
                outcome = .success(value)
            } else if let error = client.store.error(record.id) {
                outcome = .failure(error)
            } else {
                return .failure(RuntimeError.keyError(.str("No such message: \(id)")))
            }
        } else {
            // Not finished: nothing to keep (a later call decodes the reply once it has arrived).
            return .failure(RuntimeError(BuiltinTypes.timeoutError, "Result not ready."))
        }
        decoded[i] = outcome
        return outcome
    }

    /// Waits for all tasks.
    /// - Parameter timeout: seconds; nil or negative waits as long as it takes.
    /// - Throws: `KeyboardInterrupt` when Ctrl-C stops the wait (the tasks go on); `TimeoutError` on timeout.
    func waitAll(timeout: Double?) throws -> Bool {
        let limit = timeout.flatMap { $0 < 0 ? nil : $0 }
        let done: Bool
        do {
            done = try client.wait(for: self, timeout: limit, barAfter: client.progressDisplay?.showAfter ?? -1)
        } catch let error as RuntimeError where error.exception.type === BuiltinTypes.keyboardInterrupt {
            // The shell hands the interrupted result to the user (`_`), even from a blocking map_sync.
            error.exception.attributes[AsyncResultObject.interruptedResultKey] = .object(self)
            throw error
        }
        client.showStreams()
        if done { runDoneCallbacks() }
        return done
    }

    /// Calls the `add_done_callback` functions once the tasks are done (or cancelled); a callback's error is
    /// printed, as `concurrent.futures` logs it, and does not stop the others.
    func runDoneCallbacks() {
        guard !doneCallbacks.isEmpty, isFutureDone else { return }
        let callbacks = doneCallbacks
        doneCallbacks = []
        for callback in callbacks {
            do {
                _ = try interpreter.call(callback, .object(self))
            } catch let error as RuntimeError {
                interpreter.output.write("exception calling callback for \(repr(interpreter))\n"
                    + error.exception.summary + "\n", to: .stderr)
            } catch {
                interpreter.output.write("exception calling callback: \(error)\n", to: .stderr)
            }
        }
    }

    /// The attribute of a `KeyboardInterrupt` that holds the AsyncResult whose wait Ctrl-C stopped.
    public static let interruptedResultKey = "async_result"

    /// Waits for all tasks without a progress bar.
    func waitWithoutProgress(timeout: Double?) throws -> Bool {
        let limit = timeout.flatMap { $0 < 0 ? nil : Duration.nanoseconds(Int64($0 * 1e9)) }
        switch connection.wait(for: records, timeout: limit) {
        case .done, .closed: return true
        case .timedOut: return false
        case .interrupted:
            throw RuntimeError.waitStopped
        }
    }

    /// `get(timeout, return_exceptions)`: the combined value, or the error.
    /// - Parameter returnExceptions: put each failure's exception in the result instead of raising; nil: as
    ///   the call that made this result asked (`map(..., return_exceptions=True)`).
    func get(timeout: Double?, returnExceptions: Bool? = nil) throws -> Value {
        if isCancelled { throw RuntimeError(ExceptionObject(type: Self.cancelledError, args: [])) }
        if let settlement { try settledGet(settlement, interpreter) }
        guard try waitAll(timeout: timeout) else { throw RuntimeError(BuiltinTypes.timeoutError, "Result not ready.") }
        let outcomes = records.indices.map { outcome($0) }
        let errors = outcomes.compactMap { outcome -> ExceptionObject? in
            if case .failure(let e) = outcome { return e.exception }
            return nil
        }
        if !errors.isEmpty && !(returnExceptions ?? self.returnExceptions) {
            if case .single = shape { throw RuntimeError(errors[0]) }
            // ipyparallel's hub answers for one resubmitted task with its own error.
            if isHubResult, records.count == 1 { throw RuntimeError(errors[0]) }
            throw RuntimeError(RemoteErrors.composite(errors, method: method, fname: fname))
        }
        let values = outcomes.map { outcome -> Value in
            switch outcome {
            case .success(let v): return v
            case .failure(let e): return .exception(e.exception)
            }
        }
        return try combine(values)
    }

    func combine(_ values: [Value]) throws -> Value {
        switch shape {
        case .single: return values.first ?? Value.none
        case .perTask: return .list(ListObject(values))
        case .map: return .list(ListObject(try values.flatMap { try Self.items(of: $0, interpreter) }))
        case .gather: return try Gathering.join(values, interpreter)
        case .nothing(let perTask): return perTask ? .list(ListObject(values.map { _ in Value.none })) : Value.none
        }
    }

    /// The items a map chunk or gathered part contributes: a list's, tuple's or array's elements; an error
    /// (`return_exceptions=True`) or any other value stands for itself.
    static func items(of part: Value, _ vm: Interpreter) throws -> [Value] {
        switch part {
        case .list, .tuple, .range, .ndarray: return try vm.collect(part)
        default: return [part]
        }
    }
}
