import PXCodec
import PXRuntime
import PXSession
import PXTransport
import PXWire

/// The per-task metadata of ipyparallel 9.2 (the 20 keys of its `Metadata` dict).
enum Metadata {
    static let keys = ["after", "completed", "data", "engine_id", "engine_uuid", "error", "execute_input",
                       "execute_result", "follow", "is_broadcast", "is_coalescing", "label", "msg_id", "outputs",
                       "received", "started", "status", "stderr", "stdout", "submitted"]

    static func date(_ t: Timestamp?) -> Value { t.map { .object(DateTimeObject($0)) } ?? .none }

    /// One key of task `index`.
    static func value(_ key: String, of ar: AsyncResultObject, index: Int) -> Value {
        let task = ar.records[index].snapshot
        let (engine, done) = (task.engine, task.isDone)
        switch key {
        case "msg_id": return .str(task.id.description)
        case "engine_id": return engine.map { .int(Int($0.rawValue)) } ?? .none
        case "engine_uuid": return .str(ar.client.uuid(of: engine))
        case "submitted": return date(task.submitted)
        case "started": return date(task.started)
        case "completed": return date(task.completed)
        case "received": return date(task.received)
        case "stdout": return .str(task.stdout)
        case "stderr": return .str(task.stderr)
        case "status":
            guard done else { return .none }
            switch ar.outcome(index) {
            case .success: return .str(TaskStatus.ok.rawValue)
            case .failure(let e):
                return .str((e.kind === BuiltinTypes.taskAborted ? TaskStatus.aborted : .error).rawValue)
            }
        case "error":
            guard done, case .failure(let e) = ar.outcome(index) else { return .none }
            return .exception(e.exception)
        case "execute_input": return ar.code.map { .str($0) } ?? .none
        case "execute_result":
            guard done else { return .none }
            _ = ar.outcome(index)
            guard let (count, text) = ar.executed[index], let text else { return .none }
            let data = DictObject()
            data.set("text/plain", .str(text))
            let result = DictObject()
            result.set("data", .dict(data))
            result.set("metadata", .dict(DictObject()))
            result.set("execution_count", .int(count))
            return .dict(result)
        case "after", "follow", "outputs": return .list(ListObject())
        case "data": return .dict(publishedData(ar.records[index], ar.interpreter))
        case "is_broadcast", "is_coalescing": return .bool(false)
        case "label": return .none
        default: return .none
        }
    }

    /// What the task published with `publish_data` so far: its dicts merged in order, as ipyparallel updates
    /// `metadata['data']` with each one. A dict of fewer than 64 string keys arrives with its keys sorted, as
    /// ipyparallel's serializer sends it.
    static func publishedData(_ record: TaskRecord, _ vm: Interpreter) -> DictObject {
        let data = DictObject()
        for payload in record.publishedData {
            guard case .dict(let published)? = try? ValueCodec.decode(payload.array, interpreter: vm) else { continue }
            var entries = Array(published.storage)
            let names = entries.compactMap { entry -> String? in if case .str(let s) = entry.key.value { s } else { nil } }
            if entries.count < 64, names.count == entries.count {
                entries = zip(names, entries).sorted { $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars) }
                    .map(\.1)
            }
            for (key, value) in entries { try? data.set(key, value) }
        }
        return data
    }

    /// The metadata dict of task `index`.
    static func dict(of ar: AsyncResultObject, index: Int) -> DictObject {
        let d = DictObject()
        for key in keys { d.set(key, value(key, of: ar, index: index)) }
        return d
    }
}

extension AsyncResultObject {
    /// `ar.metadata`: a dict for a single task, a list of dicts otherwise.
    func metadataValue() -> Value {
        if case .single = shape { return .object(MetadataObject(Metadata.dict(of: self, index: 0))) }
        return .list(ListObject(records.indices.map { .object(MetadataObject(Metadata.dict(of: self, index: $0))) }))
    }

    /// Seconds from the first submission to now (or to the last reply once done).
    var elapsed: Double {
        let tasks = connection.snapshots(of: records)
        let (first, last, done) = (tasks.map(\.submitted).min(), tasks.compactMap(\.received).max(), tasks.allSatisfy(\.isDone))
        guard let first else { return 0 }
        let end = done ? (last ?? first) : MonotonicClock.wallClock()
        return Double(end.rawValue - first.rawValue) / 1e9
    }

    /// Last received minus first submitted.
    var wallTime: Double {
        let tasks = connection.snapshots(of: records)
        guard let first = tasks.map(\.submitted).min(), let last = tasks.compactMap(\.received).max() else { return 0 }
        return Double(last.rawValue - first.rawValue) / 1e9
    }

    /// The sum of every task's run time on its engine.
    var serialTime: Double {
        connection.snapshots(of: records).compactMap { $0.runNanoseconds.map { Double($0) / 1e9 } }.reduce(0, +)
    }

    /// `ar.timedelta(start, end)`: seconds from the earliest of `start` to the latest of `end`.
    func timedelta(_ start: Value, _ end: Value, _ vm: Interpreter) throws -> Double {
        func stamps(_ v: Value) throws -> [Int64] {
            switch v {
            case .object(let o as DateTimeObject): return [o.timestamp.rawValue]
            case .list, .tuple: return try vm.collect(v).flatMap { try stamps($0) }
            case .none: return []
            default: throw RuntimeError.typeError("timedelta needs datetimes, not \(v.typeName)")
            }
        }
        guard let a = try stamps(start).min(), let b = try stamps(end).max() else { return 0 }
        return Double(b - a) / 1e9
    }
}
