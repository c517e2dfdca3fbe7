import PXRuntime
import PXSession
import PXWire

// MARK: - Client methods

/// `Client`'s members as ipyparallel 9.2 declares them.
enum ClientAPI {
    static let table = MemberTable("Client", [
        "abort": .method("(jobs=None, targets=None, block=None)"),
        "activate": .method("(targets='all', suffix='')"),
        "block": .attribute, "cluster": .attribute, "debug": .attribute, "history": .attribute,
        "metadata": .attribute, "outstanding": .attribute, "profile": .attribute, "results": .attribute,
        "ids": .property,
        "broadcast_view": .method("(targets='all', is_coalescing=False, **kwargs)"),
        "clear": .method("(targets=None, block=None)"),
        "close": .method("(linger=None)"),
        "db_query": .method("(query, keys=None)"),
        "direct_view": .method("(targets='all', **kwargs)"),
        "executor": .method("(targets=None)"),
        "get_result": .method("(indices_or_msg_ids=None, block=None, owner=True)"),
        "hub_history": .method("()"),
        "load_balanced_view": .method("(targets=None, **kwargs)"),
        "purge_everything": .method("()"),
        "purge_hub_results": .method("(jobs=[], targets=[])"),
        "purge_local_results": .method("(jobs=[], targets=[])"),
        "purge_results": .method("(jobs=[], targets=[])"),
        "queue_status": .method("(targets='all', verbose=False)"),
        "result_status": .method("(msg_ids, status_only=True)"),
        "resubmit": .method("(indices_or_msg_ids=None, metadata=None, block=None)"),
        "send_signal": .method("(sig, targets=None, block=None)"),
        "shutdown": .method("(targets='all', restart=False, hub=False, block=None)"),
        "spin": .method("()"),
        "spin_thread": .method("(interval=1)"),
        "stop_spin_thread": .method("()"),
        "wait": .method("(jobs=None, timeout=-1)"),
        "wait_for_engines": .method("(n=None, *, timeout=-1, block=True, interactive=None, widget=None)"),
        "wait_interactive": .method("(jobs=None, interval=1.0, timeout=-1.0)"),
    ].merging(UnavailableMembers.client) { declared, _ in declared })
}

extension ClientObject {
    public func callMethod(_ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        if name == "interrupt" || name == "restart_engine" { return try swiftpxMethod(name, args, vm) }
        guard ClientAPI.table.members[name]?.kind == .method else { return nil }
        let call = try ClientAPI.table.bind(name, args)
        switch name {
        case "load_balanced_view", "direct_view", "broadcast_view":
            let view: ViewObject
            if name == "broadcast_view" {
                // The engines are fixed when the view is made (`<BroadcastView [0, 1]>`), as ipyparallel does.
                let spec = try targets(from: call["targets"], vm)
                view = ViewObject(client: self, kind: .direct, targets: .list(engines(spec)))
                view.isBroadcast = true
            } else if name == "direct_view" {
                view = ViewObject(client: self, kind: .direct, targets: try targets(from: call["targets"], vm))
            } else {
                view = ViewObject(client: self, kind: .loadBalanced, targets: .all)
                if let targets = call.optional("targets") { view.allowed = try self.targets(from: targets, vm) }
            }
            view.block = block
            for (flag, value) in call.extraKeywords { try view.setFlag(flag, value, vm) }
            return .object(view)
        case "executor":
            let view = ViewObject(client: self, kind: .loadBalanced, targets: .all)
            if let targets = call.optional("targets") { view.allowed = try self.targets(from: targets, vm) }
            return .object(ViewExecutor(view: view))
        case "wait":
            let records = try jobRecords(call.optional("jobs"), vm)
            let timeout = try AsyncResultObject.seconds(call["timeout"])
            let outcome = connection.wait(for: records, timeout: timeout < 0 ? nil : .nanoseconds(Int64(timeout * 1e9)))
            showStreams()
            if outcome == .interrupted { throw RuntimeError.waitStopped }
            return .bool(outcome == .done || outcome == .closed)
        case "wait_interactive":
            let records = try jobRecords(call.optional("jobs"), vm)
            let ar = AsyncResultObject(client: self, records: records, fname: "wait", shape: .perTask)
            try waitInteractively(ar, timeout: try AsyncResultObject.seconds(call["timeout"]))
            return Value.none
        case "abort":
            let ids = try jobRecords(call.optional("jobs"), vm).map(\.id)
            try perform { try connection.abort(ids) }
            return Value.none
        case "queue_status":
            return try queueStatus(call["targets"], vm)
        case "shutdown":
            let spec = try targets(from: call["targets"], vm)
            let stopped: [EngineID]? = if case .all = spec { nil } else { engines(spec) }  // nil: every engine
            let restart = call["restart"].isTruthy
            if restart { _ = try restartingProvider() }  // before anything stops
            let replaced = stopped ?? ids
            try perform { try connection.shutdown(stopped, includingController: call["hub"].isTruthy) }
            if restart {
                for engine in replaced { _ = try restartEngine(engine) }
            }
            return Value.none
        case "send_signal":
            // Engines run tasks on their own thread: every signal is delivered as an interrupt of the running
            // task (ipyparallel's SIGINT), on the engines `targets` names.
            _ = try Self.signalNumber(call["sig"])
            let chosen = try call.optional("targets").map { try engines(targets(from: $0, vm)) } ?? ids
            for engine in chosen { try perform { try connection.interrupt([], engine: engine) } }
            return Value.none
        case "clear":
            let spec = try targets(from: call.optional("targets") ?? .str("all"), vm)
            try perform { try connection.clear(engines(spec)) }
            return Value.none
        case "activate":
            let view = ViewObject(client: self, kind: .direct, targets: try targets(from: call["targets"], vm))
            view.block = true
            ParallelContext.of(vm).activeView = view
            return .object(view)
        case "close":
            closed = true
            return Value.none
        case "spin", "spin_thread", "stop_spin_thread":
            return Value.none
        case "wait_for_engines":
            let n = try call.optional("n").map { try StringMethodsBridge.integer($0) }
                ?? provider?.expectedEngineCount ?? ids.count
            try waitForEngines(n, timeout: try AsyncResultObject.seconds(call["timeout"]))
            return Value.none
        default:
            if let value = try unavailableMethod(name, call, vm) { return value }
            return try taskStoreMethod(name, call, vm)
        }
    }

    /// swiftpx's own methods: `rc.interrupt()`, `rc.restart_engine(id)`.
    func swiftpxMethod(_ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        if name == "interrupt" {
            try args.check(name, min: 0, max: 0)
            try perform { try connection.interrupt([]) }
            return Value.none
        }
        try args.check(name, min: 1, max: 1)
        let id = try StringMethodsBridge.integer(args[0])
        return .str(try restartEngine(EngineID(UInt32(clamping: id))))
    }

    /// A signal given by number or name (`2`, `'SIGINT'`).
    static func signalNumber(_ value: Value) throws -> Int {
        switch value {
        case .int(let n): return n
        case .str(let name):
            let names = ["SIGHUP": 1, "SIGINT": 2, "SIGQUIT": 3, "SIGKILL": 9, "SIGUSR1": 10, "SIGUSR2": 12, "SIGTERM": 15]
            guard let n = names[name.hasPrefix("SIG") ? name : "SIG" + name] else {
                throw RuntimeError.valueError("Unrecognized signal name: \(name)")
            }
            return n
        default:
            throw RuntimeError.typeError("sig must be an int or a signal name, not \(value.typeName)")
        }
    }

    /// Starts a replacement for engine `id` through the cluster provider; returns the provider's note.
    func restartEngine(_ id: EngineID) throws -> String {
        try restartingProvider().restartEngine(id)
    }

    /// The provider, when it can restart engines.
    func restartingProvider() throws -> ClusterProvider {
        guard let provider, provider.canRestartEngines else {
            throw RuntimeError(BuiltinTypes.runtimeError, "this cluster cannot restart engines")
        }
        return provider
    }

    func perform(_ body: () throws -> Void) throws {
        do { try body() } catch { throw RuntimeError(BuiltinTypes.runtimeError, "\(error)") }
    }

    /// The engines a target spec means now.
    func engines(_ spec: TargetSpec) -> [EngineID] {
        switch spec {
        case .all: return ids
        case .list(let list): return list
        case .single(let one): return [one]
        }
    }

    /// Waits until `n` engines are registered.
    func waitForEngines(_ n: Int, timeout: Double) throws {
        let limit: Duration? = timeout < 0 ? nil : .nanoseconds(Int64(timeout * 1e9))
        switch connection.waitForEngines(n, timeout: limit) {
        case .done: return
        case .interrupted: throw RuntimeError(ExceptionObject(type: BuiltinTypes.keyboardInterrupt, args: []))
        default:
            var message = "\(n) engines not ready in \(AsyncResultObject.formatSeconds(timeout)) seconds. Currently ready: \(ids.count)"
            let problems = provider?.engineProblems() ?? []
            if !problems.isEmpty { message += " (" + problems.joined(separator: "; ") + ")" }
            throw RuntimeError(BuiltinTypes.timeoutError, message)
        }
    }

    /// Records of the jobs given to `wait`/`abort`: AsyncResults, msg_id strings, lists of them, or everything.
    func jobRecords(_ jobs: Value?, _ vm: Interpreter) throws -> [TaskRecord] {
        guard let jobs, !jobs.isNone else {
            return history.compactMap { connection.record($0) }
        }
        switch jobs {
        case .object(let ar as AsyncResultObject): return ar.records
        case .str(let id): return history.filter { $0.description == id }.compactMap { connection.record($0) }
        case .int(let index):
            guard index < history.count, index >= -history.count else { throw RuntimeError.indexError("history index out of range") }
            return connection.record(history[index < 0 ? history.count + index : index]).map { [$0] } ?? []
        default:
            return try vm.collect(jobs).flatMap { try jobRecords($0, vm) }
        }
    }

    /// `rc.queue_status()`: `{engine: {'queue': q, 'completed': c, 'tasks': t}, 'unassigned': u}`.
    /// (`verbose=True` gives the same counts: the controller keeps counts, not lists of msg_ids.)
    func queueStatus(_ targets: Value?, _ vm: Interpreter) throws -> Value {
        let status: QueueStatus
        do { status = try connection.queueStatus() } catch { throw RuntimeError(BuiltinTypes.runtimeError, "\(error)") }
        let wanted = try targets.map { try self.engines(self.targets(from: $0, vm)) }
        let d = DictObject()
        for entry in status.engines where wanted?.contains(entry.engine) ?? true {
            let e = DictObject()
            e.set("queue", .int(Int(entry.queue)))
            e.set("completed", .int(Int(entry.completed)))
            e.set("tasks", .int(Int(entry.tasks)))
            if case .int = targets ?? .none, let single = wanted, single.count == 1 { return .dict(e) }
            try d.set(.int(Int(entry.engine.rawValue)), .dict(e))
        }
        d.set("unassigned", .int(Int(status.unassigned)))
        return .dict(d)
    }
}

/// Integer conversion with the runtime's wording.
enum StringMethodsBridge {
    static func integer(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: throw RuntimeError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }
}

extension AsyncResultObject {
    static func formatSeconds(_ s: Double) -> String {
        s == s.rounded() ? String(Int(s)) : FloatFormatter.repr(s)
    }
}
