import PXRuntime
import PXSession
import PXWire

// MARK: - Client methods

extension ClientObject {
    public func callMethod(_ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "load_balanced_view":
            try args.check(name, min: 0, max: 1, keywords: ["targets"])
            let view = ViewObject(client: self, kind: .loadBalanced, targets: .all)
            if let targets = args.argument(0, "targets"), !targets.isNone { view.allowed = try self.targets(from: targets, vm) }
            return .object(view)
        case "direct_view":
            try args.check(name, min: 0, max: 1, keywords: ["targets"])
            return .object(ViewObject(client: self, kind: .direct, targets: try targets(from: args.argument(0, "targets") ?? .str("all"), vm)))
        case "wait":
            try args.check(name, min: 0, max: 2, keywords: ["jobs", "timeout"])
            let records = try jobRecords(args.argument(0, "jobs"), vm)
            let timeout = try args.argument(1, "timeout").map { try AsyncResultObject.seconds($0) } ?? -1
            let outcome = connection.wait(for: records, timeout: timeout < 0 ? nil : .nanoseconds(Int64(timeout * 1e9)))
            if outcome == .interrupted { throw RuntimeError.waitStopped }
            return .bool(outcome == .done || outcome == .closed)
        case "abort":
            try args.check(name, min: 0, max: 2, keywords: ["jobs", "targets", "block"])
            let ids = try jobRecords(args.argument(0, "jobs"), vm).map(\.id)
            try perform { try connection.abort(ids) }
            return Value.none
        case "queue_status":
            try args.check(name, min: 0, max: 2, keywords: ["targets", "verbose"])
            return try queueStatus(args.argument(0, "targets"), vm)
        case "shutdown":
            try args.check(name, min: 0, max: 4, keywords: ["targets", "restart", "hub", "block"])
            let spec = try args.argument(0, "targets").map { try targets(from: $0, vm) } ?? .all
            let stopped: [EngineID]? = if case .all = spec { nil } else { engines(spec) }  // nil: every engine
            let restart = args.argument(1, "restart")?.isTruthy == true
            if restart { _ = try restartingProvider() }  // before anything stops
            let replaced = stopped ?? ids
            try perform { try connection.shutdown(stopped, includingController: args.argument(2, "hub")?.isTruthy == true) }
            if restart {
                for engine in replaced { _ = try restartEngine(engine) }
            }
            return Value.none
        case "interrupt", "send_signal":
            try perform { try connection.interrupt([]) }
            return Value.none
        case "clear":
            try args.check(name, min: 0, max: 2, keywords: ["targets", "block"])
            let spec = try targets(from: args.argument(0, "targets") ?? .str("all"), vm)
            try perform { try connection.clear(engines(spec)) }
            return Value.none
        case "activate":
            try args.check(name, min: 0, max: 2, keywords: ["targets", "suffix"])
            let view = ViewObject(client: self, kind: .direct, targets: try targets(from: args.argument(0, "targets") ?? .str("all"), vm))
            view.block = true
            ParallelContext.of(vm).activeView = view
            return .object(view)
        case "close":
            closed = true
            return Value.none
        case "spin":
            return Value.none
        case "wait_for_engines":
            try args.check(name, min: 0, max: 2, keywords: ["n", "timeout", "block"])
            let n = try args.argument(0, "n").flatMap { $0.isNone ? nil : try StringMethodsBridge.integer($0) }
                ?? provider?.expectedEngineCount ?? ids.count
            let timeout = try args.argument(1, "timeout").map { try AsyncResultObject.seconds($0) } ?? -1
            try waitForEngines(n, timeout: timeout)
            return Value.none
        case "restart_engine":
            try args.check(name, min: 1, max: 1)
            let id = try StringMethodsBridge.integer(args[0])
            return .str(try restartEngine(EngineID(UInt32(clamping: id))))
        default:
            return nil
        }
    }

    /// Starts a replacement for engine `id` through the cluster provider; returns the provider's note.
    func restartEngine(_ id: EngineID) throws -> String {
        try restartingProvider().restartEngine(id)
    }

    /// The provider, when it can restart engines.
    private func restartingProvider() throws -> ClusterProvider {
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
