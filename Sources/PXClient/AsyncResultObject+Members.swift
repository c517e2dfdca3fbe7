import PXCodec
import PXRuntime
import PXSession
import PXWire

// MARK: - Members seen from the language

/// `AsyncResult`'s and `AsyncMapResult`'s members as ipyparallel 9.2 declares them.
enum AsyncResultAPI {
    static let table = MemberTable("AsyncResult", [
        "abort": .method("()"),
        "add_done_callback": .method("(fn)", named: "Future.add_done_callback"),
        "cancel": .method("()", named: "Future.cancel"),
        "cancelled": .method("()", named: "Future.cancelled"),
        "display_outputs": .method("(groupby='type', result_only=False)", named: nil),
        "done": .method("()", named: "Future.done"),
        "elapsed": .property,
        "exception": .method("(timeout=None)", named: "Future.exception"),
        "get": .method("(timeout=None, return_exceptions=None, return_when=None)"),
        "get_dict": .method("(timeout=-1)"),
        "join": .classmethod("(*async_results)"),
        "metadata": .property, "msg_ids": .attribute, "owner": .attribute, "progress": .property, "r": .property,
        "ready": .method("()"),
        "result": .method("(timeout=None)", named: "Future.result"),
        "result_dict": .property,
        "running": .method("()", named: "Future.running"),
        "sent": .property, "serial_time": .property,
        "set_exception": .method("(exception)", named: "Future.set_exception"),
        "set_result": .method("(result)", named: "Future.set_result"),
        "set_running_or_notify_cancel": .method("()", named: "Future.set_running_or_notify_cancel"),
        "split": .method("()"),
        "stream_output": .method("()"),
        "successful": .method("()"),
        "timedelta": .method("(start, end, start_key=<built-in function min>, end_key=<built-in function max>)"),
        "wait": .method("(timeout=-1, return_when=None)"),
        "wait_for_output": .method("(timeout=-1)"),
        "wait_for_send": .method("(timeout=-1)"),
        "wait_interactive": .method("(interval=0.1, timeout=-1, widget=None, return_when='ALL_COMPLETED')"),
        "wall_time": .property,
    ])
}

// MARK: - Members seen from the language

extension AsyncResultObject {
    public var attributeNames: [String] {
        AsyncResultAPI.table.names + Metadata.keys.filter { AsyncResultAPI.table.members[$0] == nil }
    }

    public func attribute(_ name: String, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "msg_ids": return .list(ListObject(records.map { .str($0.id.description) }))
        case "metadata": return metadataValue()
        case "owner": return .bool(true)
        case "progress": return .int(progress)
        case "sent": return .bool(true)
        case "elapsed": return .float(elapsed)
        case "wall_time":
            guard isReady else { throw RuntimeError(BuiltinTypes.timeoutError, "result not ready") }
            return .float(wallTime)
        case "serial_time":
            guard isReady else { throw RuntimeError(BuiltinTypes.timeoutError, "result not ready") }
            return .float(serialTime)
        case "r": return try get(timeout: nil)
        case "join": return try vm.attribute(.type(pythonType), name)
        case "result_dict": return try getDict(timeout: nil)
        default:
            guard Metadata.keys.contains(name) else { return nil }
            let values = records.indices.map { Metadata.value(name, of: self, index: $0) }
            if case .single = shape { return values.first ?? Value.none }
            return .list(ListObject(values))
        }
    }

    public func callMethod(_ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        guard AsyncResultAPI.table.members[name]?.kind == .method else { return nil }
        let call = try AsyncResultAPI.table.bind(name, args)
        if let value = try futureMethod(name, call, vm) { return value }
        if name == "result", let settlement { return try settledResult(settlement, vm) }
        switch name {
        case "get", "result":
            let timeout = call.optional("timeout").map { try? Self.seconds($0) } ?? nil
            let returnExceptions = call.optional("return_exceptions")?.isTruthy ?? self.returnExceptions
            return try get(timeout: timeout, returnExceptions: returnExceptions)
        case "get_dict":
            return try getDict(timeout: try Self.seconds(call["timeout"]))
        case "wait":
            let timeout = try call.optional("timeout").map { try Self.seconds($0) } ?? -1
            if let when = call.optional("return_when"), !when.isNone {
                return try wait(timeout: timeout < 0 ? nil : timeout, returnWhen: ValueFormatter.str(when, vm))
            }
            // A result cancelled or settled by the program is ready at once, as ipyparallel's.
            if isCancelled || settlement != nil { return .bool(true) }
            return .bool(try waitAll(timeout: timeout))
        case "split":
            return split()
        case "stream_output":
            return .object(StreamingOutput(result: self))
        case "wait_for_output", "wait_for_send":
            _ = try waitAll(timeout: try Self.seconds(call["timeout"]))
            return Value.none
        case "add_done_callback":
            doneCallbacks.append(call["fn"])
            if isFutureDone { runDoneCallbacks() }
            return Value.none
        case "successful":
            guard isFutureDone else { throw RuntimeError(BuiltinTypes.runtimeError, "Cannot check successful() if not done.") }
            // ipyparallel records no outcome of its own for a result cancelled or settled by the program.
            if isCancelled || settlement != nil { return Value.none }
            return .bool(records.indices.allSatisfy { if case .success = outcome($0) { return true } else { return false } })
        case "exception":
            if isCancelled { throw RuntimeError(ExceptionObject(type: Self.cancelledError, args: [])) }
            if let settlement { return settledException(settlement) }
            let timeout = call.optional("timeout").map { try? Self.seconds($0) } ?? nil
            guard try waitAll(timeout: timeout) else { throw RuntimeError(BuiltinTypes.timeoutError, "Result not ready.") }
            do {
                _ = try get(timeout: nil)
                return Value.none
            } catch let error as RuntimeError {
                return .exception(error.exception)
            }
        case "abort":
            guard !isFutureDone else { throw RuntimeError(BuiltinTypes.runtimeError, "Can't abort, I am already done!") }
            try abort()
            return Value.none
        case "display_outputs":
            guard case .str(let groupBy) = call["groupby"] else { throw RuntimeError.typeError("groupby must be a string") }
            guard ["type", "engine", "order"].contains(groupBy) else {
                throw RuntimeError.valueError("groupby must be one of 'type', 'engine', 'collate', not '\(groupBy)'")
            }
            vm.output.write(OutputLayout.render(self, groupBy: groupBy, includeResults: false), to: .stdout)
            return Value.none
        case "wait_interactive":
            try client.waitInteractively(self, timeout: try Self.seconds(call["timeout"]))
            return Value.none
        case "timedelta":
            return .float(try timedelta(call["start"], call["end"], vm))
        default:
            return nil
        }
    }

    func timeoutArgument(_ args: Arguments, default fallback: Double?) throws -> Double? {
        guard let value = args.argument(0, "timeout") else { return fallback }
        if value.isNone { return nil }
        return try Self.seconds(value)
    }

    static func seconds(_ value: Value) throws -> Double {
        switch value {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .none: return -1
        default: throw RuntimeError.typeError("timeout must be a number, not \(value.typeName)")
        }
    }

    /// `get_dict()`: results keyed by engine id.
    func getDict(timeout: Double?) throws -> Value {
        let value = try get(timeout: timeout)
        let values: [Value]
        switch shape {
        case .single: values = [value]
        default: values = (try? interpreter.collect(value)) ?? [value]
        }
        let d = DictObject()
        var counts: [Int: Int] = [:]
        for (task, v) in zip(connection.snapshots(of: records), values) {
            let engine = Int(task.engine?.rawValue ?? 0)
            counts[engine, default: 0] += 1
            try d.set(.int(engine), v)
        }
        if let (engine, count) = counts.first(where: { $0.value > 1 }) {
            throw RuntimeError.valueError("Cannot build dict, \(count) jobs ran on engine #\(engine)")
        }
        return .dict(d)
    }

    /// Drops the tasks that have not started, and waits until every task has an outcome.
    func abort() throws {
        let pending = connection.unfinishedIDs(of: records)
        do {
            try connection.abort(pending)
        } catch {
            throw RuntimeError(BuiltinTypes.runtimeError, "\(error)")
        }
        _ = connection.wait(for: records, timeout: .seconds(10))
    }

    // MARK: - Iteration, length, indexing

    public func length(_ vm: Interpreter) throws -> Int { length }

    public func item(_ key: Value, _ vm: Interpreter) throws -> Value {
        switch key {
        case .str(let name):
            guard let value = try attribute(name, vm) else { throw RuntimeError.keyError(key) }
            return value
        case .int, .slice:
            if case .single = shape { throw RuntimeError.typeError("'AsyncResult' object with a single result is not subscriptable") }
            return try vm.item(try get(timeout: nil), key)
        default:
            throw RuntimeError.typeError("Invalid key type \(key.typeName), must be 'int','slice', or 'str'")
        }
    }

    public func makeIterator(_ vm: Interpreter) throws -> IteratorObject {
        // ipyparallel iterates `get(0)` when it does not time out: a cancelled or settled result raises its error.
        let isSingle = if case .single = shape { true } else { false }
        if !isSingle, isCancelled || settlement != nil { _ = try get(timeout: 0) }
        switch shape {
        case .single:
            throw RuntimeError.typeError("AsyncResults with a single result are not iterable.")
        case .map(let ordered) where !ordered:
            var pending = Array(records.indices)
            var buffer: [Value] = []
            return IteratorObject { [self] in
                while buffer.isEmpty {
                    guard !pending.isEmpty else { return nil }
                    let waiting = pending.map { records[$0] }
                    switch connection.waitForAny(of: waiting, timeout: nil) {
                    case .interrupted: throw RuntimeError.waitStopped
                    default: break
                    }
                    let finished = pending.filter { records[$0].isDone }
                    pending.removeAll { finished.contains($0) }
                    for i in finished { buffer += try chunk(i) }
                }
                return buffer.removeFirst()
            }
        case .map, .gather:
            var next = 0
            var buffer: [Value] = []
            return IteratorObject { [self] in
                while buffer.isEmpty {
                    guard next < records.count else { return nil }
                    try waitFor(next)
                    buffer = try chunk(next)
                    next += 1
                }
                return buffer.removeFirst()
            }
        default:
            var next = 0
            return IteratorObject { [self] in
                guard next < records.count else { return nil }
                try waitFor(next)
                defer { next += 1 }
                switch outcome(next) {
                case .success(let v): return v
                case .failure(let e): throw e
                }
            }
        }
    }

    func waitFor(_ index: Int) throws {
        if connection.wait(for: [records[index]], timeout: nil) == .interrupted {
            throw RuntimeError.waitStopped
        }
    }

    /// The items of map chunk `i`, raising its error.
    func chunk(_ i: Int) throws -> [Value] {
        switch outcome(i) {
        case .success(let v): return try Self.items(of: v, interpreter)
        case .failure(let e):
            if returnExceptions { return [.exception(e.exception)] }
            throw e
        }
    }

    // MARK: - Text

    var state: String {
        guard isFutureDone else { return "pending" }
        // ipyparallel records no outcome of its own for a result cancelled or settled by the program.
        if isCancelled || settlement != nil { return "failed" }
        let failed = records.indices.contains { if case .failure = outcome($0) { return true } else { return false } }
        return failed ? "failed" : "finished"
    }

    public func repr(_ interpreter: Interpreter?) -> String {
        "<\(pythonType.name)(\(fname)): \(state)>"
    }

    /// At the prompt: the repr, then a per-engine timing table once finished.
    public func display(_ interpreter: Interpreter) -> String {
        let head = repr(interpreter)
        guard isReady else { return head }
        return head + "\n" + TimingTable.summary(self)
    }
}
