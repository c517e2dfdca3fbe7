import PXCodec
import PXRuntime
import PXSession
import PXWire

// MARK: - get_result, result_status, purge_results, hub_history, db_query

extension ClientObject {
    func taskStoreMethod(_ name: String, _ call: BoundCall, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "get_result":
            let query = call.optional("indices_or_msg_ids") ?? .int(-1)
            let records = try storedRecords(query, vm)
            let single: Bool
            switch query {
            case .int, .str, .object: single = records.count == 1
            default: single = false
            }
            let ar = AsyncResultObject(client: self, records: records, fname: "unknown", shape: single ? .single : .perTask)
            // As ipyparallel: blocking waits, and returns the AsyncResult all the same.
            if call.optional("block")?.isTruthy ?? block { _ = try ar.waitAll(timeout: nil) }
            return .object(ar)
        case "result_status":
            return try resultStatus(call["msg_ids"], statusOnly: call["status_only"].isTruthy, vm)
        case "resubmit":
            return try resubmit(call.optional("indices_or_msg_ids") ?? .int(-1),
                                block: call.optional("block")?.isTruthy ?? block, vm)
        case "purge_results", "purge_local_results", "purge_hub_results":
            try purge(jobs: call["jobs"], targets: call["targets"], vm)
            return Value.none
        case "purge_everything":
            try purge(jobs: .str("all"), targets: .list(ListObject()), vm)
            history = TaskHistory()
            return Value.none
        case "hub_history":
            return .list(ListObject(history.map { .str($0.description) }))
        case "db_query":
            return try dbQuery(call["query"], keys: call.optional("keys"), vm)
        default:
            return nil
        }
    }

    /// The records `get_result`/`result_status` name: history indices, msg_ids, AsyncResults, or lists of them.
    /// - Throws: `IndexError` for an index beyond the history, `RemoteError` (`[Engine Exception] KeyError: '1:7'`)
    ///   for a task this client does not know.
    func storedRecords(_ query: Value, _ vm: Interpreter) throws -> [TaskRecord] {
        switch query {
        case .object(let ar as AsyncResultObject): return ar.records
        case .int(let index):
            guard index < history.count, index >= -history.count else { throw RuntimeError.indexError("list index out of range") }
            return try storedRecords(.str(history[index < 0 ? history.count + index : index].description), vm)
        case .str(let id):
            guard let task = TaskID(text: id), let record = store.record(task) ?? connection.record(task) else {
                // What ipyparallel's hub answers for a msg_id it does not know (or has purged).
                let quoted = ValueFormatter.reprString(id)
                let info = RemoteErrorInfo(name: "KeyError", message: quoted, traceback: ["KeyError: \(quoted)"])
                throw RuntimeError(RemoteErrors.remote(info, engine: nil, uuid: "", method: "apply", interpreter: vm))
            }
            return [record]
        default:
            return try vm.collect(query).flatMap { try storedRecords($0, vm) }
        }
    }

    /// `resubmit(indices_or_msg_ids=None, metadata=None, block=None)`: sends finished (or running) tasks again
    /// under new msg_ids, through the load balancer as ipyparallel's hub does, and returns an `AsyncHubResult`
    /// whose `get()` is a list. The new tasks are not added to `rc.history`, as in ipyparallel.
    /// - Throws: `RemoteError` (`[Engine Exception] KeyError: "No such msg(s): [...]"`) for a task this client
    ///   does not know or whose request it no longer keeps (``TaskStore/keepRequests(_:_:)``).
    func resubmit(_ jobs: Value, block: Bool, _ vm: Interpreter) throws -> Value {
        var ids: [String] = []
        let listed: [Value]
        switch jobs {
        case .list, .tuple, .set, .iterator: listed = try vm.collect(jobs)
        default: listed = [jobs]
        }
        for job in listed {
            switch job {
            case .int(let index):
                guard index < history.count, index >= -history.count else { throw RuntimeError.indexError("list index out of range") }
                ids.append(history[index < 0 ? history.count + index : index].description)
            case .str(let id): ids.append(id)
            case .object(let ar as AsyncResultObject): ids += ar.records.map(\.id.description)
            default:
                throw RuntimeError.typeError("Expected msg_id, int, or AsyncResult, got \(ValueFormatter.repr(job, vm))")
            }
        }
        var requests: [(payload: Payload, header: TaskHeader)] = []
        var missing: [String] = []
        var unkept: [String] = []
        for id in ids {
            guard let task = TaskID(text: id), store.record(task) != nil || connection.record(task) != nil else {
                missing.append(id)
                continue
            }
            guard let request = store.request(task) else {
                unkept.append(id)
                continue
            }
            var header = request.header
            header.target = nil
            requests.append((request.payload, header))
        }
        if !missing.isEmpty || !unkept.isEmpty {
            let list = { (ids: [String]) in "[" + ids.map(ValueFormatter.reprString).joined(separator: ", ") + "]" }
            let message = missing.isEmpty
                ? "swiftpx keeps the requests of the last \(TaskStore.requestCapacity) tasks under 1 MiB; "
                    + "not of \(list(unkept))"
                : "No such msg(s): \(list(missing))"
            let quoted = ValueFormatter.reprString(message)
            let info = RemoteErrorInfo(name: "KeyError", message: quoted, traceback: ["KeyError: \(quoted)"])
            throw RuntimeError(RemoteErrors.remote(info, engine: nil, uuid: "", method: "apply", interpreter: vm))
        }
        let records: [TaskRecord]
        do {
            records = try connection.submit(requests)
        } catch {
            throw RuntimeError(BuiltinTypes.runtimeError, "\(error)")
        }
        store.add(records)
        store.keepRequests(records.map(\.id), requests)
        let ar = AsyncResultObject(client: self, records: records, fname: "unknown", shape: .perTask)
        ar.isHubResult = true
        if block { _ = try ar.waitAll(timeout: nil) }
        return .object(ar)
    }

    /// `result_status(msg_ids, status_only=True)`: `{'status': 'ok', 'pending': [...], 'completed': [...]}`,
    /// and each completed task's result under its msg_id when `status_only` is False.
    func resultStatus(_ ids: Value, statusOnly: Bool, _ vm: Interpreter) throws -> Value {
        let query: Value = if case .str = ids { .list(ListObject([ids])) } else { ids }
        let records = try storedRecords(query, vm)
        let status = DictObject()
        status.set("status", .str("ok"))
        status.set("pending", .list(ListObject(records.filter { !$0.isDone }.map { .str($0.id.description) })))
        status.set("completed", .list(ListObject(records.filter(\.isDone).map { .str($0.id.description) })))
        if !statusOnly {
            for record in records where record.isDone {
                let ar = AsyncResultObject(client: self, records: [record], fname: "unknown", shape: .single)
                switch ar.outcome(0) {
                case .success(let value): status.set(record.id.description, value)
                case .failure(let error): status.set(record.id.description, .exception(error.exception))
                }
            }
        }
        return .dict(status)
    }

    /// Forgets finished tasks: `jobs` are msg_ids, AsyncResults or `'all'`; `targets` adds every task that ran
    /// on those engines.
    /// - Throws: `RuntimeError` when a named task has not finished, as ipyparallel.
    func purge(jobs: Value, targets: Value, _ vm: Interpreter) throws {
        var chosen: [TaskRecord]
        let everything = if case .str("all") = jobs { true } else { false }
        switch jobs {
        case _ where everything: chosen = store.all
        case .str, .object, .int: chosen = try storedRecords(jobs, vm)
        default: chosen = try vm.collect(jobs).flatMap { try storedRecords($0, vm) }
        }
        if !(targets.isNone || (try? vm.length(targets)) == 0) {
            let engines = Set(try self.engines(self.targets(from: targets, vm)))
            chosen += store.all.filter { $0.snapshot.engine.map(engines.contains) ?? false }
        }
        let outstanding = chosen.filter { !$0.isDone }
        if !outstanding.isEmpty, !everything {
            throw RuntimeError(BuiltinTypes.runtimeError, "Can't purge outstanding tasks: "
                + "[" + outstanding.map { ValueFormatter.reprString($0.id.description) }.joined(separator: ", ") + "]")
        }
        for record in chosen where record.isDone {
            store.remove(record.id)
            results.remove(record.id.description)
        }
    }
}

// MARK: - db_query

extension ClientObject {
    /// The keys of a task record in `db_query` results.
    static let recordKeys = ["msg_id", "submitted", "started", "completed", "received", "engine_uuid", "engine_id",
                             "queue", "stdout", "stderr", "status", "execute_input", "error"]

    /// `db_query(query, keys=None)`: the remembered tasks matching a Mongo-style query (`{'engine_id': 0}`,
    /// `{'completed': {'$ne': None}}`, operators `$lt $lte $gt $gte $eq $ne $in $nin $exists`), as dicts
    /// holding `keys` (default: every key) and always `msg_id`.
    func dbQuery(_ query: Value, keys: Value?, _ vm: Interpreter) throws -> Value {
        guard case .dict(let conditions) = query else {
            throw RuntimeError.typeError("query must be a dict, not \(query.typeName)")
        }
        var wanted = Self.recordKeys
        if let keys {
            wanted = try vm.collect(keys).map { key in
                guard case .str(let name) = key, Self.recordKeys.contains(name) else {
                    throw RuntimeError.keyError(key)
                }
                return name
            }
            if !wanted.contains("msg_id") { wanted.insert("msg_id", at: 0) }
        }
        var matches: [Value] = []
        for record in store.all {
            let ar = AsyncResultObject(client: self, records: [record], fname: "unknown", shape: .single)
            func field(_ key: String) -> Value {
                switch key {
                case "queue": return .str(record.target == nil ? "task" : "mux")
                default: return Metadata.value(key, of: ar, index: 0)
                }
            }
            var matched = true
            for (key, condition) in conditions.storage {
                guard case .str(let name) = key.value else { throw RuntimeError.typeError("query keys must be strings") }
                guard Self.recordKeys.contains(name) else { matched = false; break }
                if try !Self.matches(field(name), condition, vm) {
                    matched = false
                    break
                }
            }
            guard matched else { continue }
            let row = DictObject()
            for key in wanted { row.set(key, field(key)) }
            matches.append(.dict(row))
        }
        return .list(ListObject(matches))
    }

    /// Whether `value` satisfies one query condition: a plain value (equality) or a dict of operators.
    static func matches(_ value: Value, _ condition: Value, _ vm: Interpreter) throws -> Bool {
        guard case .dict(let operators) = condition,
              operators.storage.allSatisfy({ if case .str(let k) = $0.key.value { k.hasPrefix("$") } else { false } }) else {
            return try vm.equals(value, condition)
        }
        for (key, operand) in operators.storage {
            guard case .str(let op) = key.value else { continue }
            let holds: Bool
            switch op {
            case "$eq": holds = try vm.equals(value, operand)
            case "$ne": holds = try !vm.equals(value, operand)
            case "$lt": holds = try !value.isNone && vm.compare(.less, value, operand)
            case "$lte": holds = try !value.isNone && vm.compare(.lessEqual, value, operand)
            case "$gt": holds = try !value.isNone && vm.compare(.greater, value, operand)
            case "$gte": holds = try !value.isNone && vm.compare(.greaterEqual, value, operand)
            case "$in": holds = try vm.compare(.in, value, operand)
            case "$nin": holds = try !vm.compare(.in, value, operand)
            case "$exists": holds = value.isNone != operand.isTruthy
            default: throw RuntimeError.valueError("unsupported query operator: \(op)")
            }
            if !holds { return false }
        }
        return true
    }
}
