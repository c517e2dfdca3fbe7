import PXCodec
import PXRuntime
import PXWire

/// Builds the exceptions a task's failure raises: `RemoteError` for an exception on an engine, `EngineError`,
/// `TaskAborted`, `TaskTimeout`, `ImpossibleDependency` for tasks that did not run to a reply, and
/// `CompositeError` when several tasks failed.
enum RemoteErrors {
    /// A `RemoteError` carrying ipyparallel's attributes: `ename`, `evalue`, `traceback`, `engine_info`.
    static func remote(_ info: RemoteErrorInfo, engine: EngineID?, uuid: String, method: String) -> ExceptionObject {
        let e = ExceptionObject(type: BuiltinTypes.remoteError, args: [.str(info.name), .str(info.message)])
        let label = engine.map { "[\($0.rawValue):\(method)]" } ?? "[Engine Exception]"
        e.customMessage = "\(label) " + headline(info.name, info.message)
        e.customRepr = "<RemoteError[\(engine.map { String($0.rawValue) } ?? "-")]:\(info.name)(\(info.message))>"
        e.attributes["ename"] = .str(info.name)
        e.attributes["evalue"] = .str(info.message)
        e.attributes["traceback"] = .str(info.traceback.joined(separator: "\n"))
        let engineInfo = DictObject()
        if let engine {
            engineInfo.set("engine_id", .int(Int(engine.rawValue)))
            engineInfo.set("engine_uuid", .str(uuid))
            engineInfo.set("method", .str(method))
        }
        e.attributes["engine_info"] = .dict(engineInfo)
        e.attributes["render_traceback"] = .builtin(BuiltinFunction(name: "render_traceback") { _, _ in
            .list(ListObject(([label] + info.traceback).map { .str($0) }))
        })
        e.attributes["print_traceback"] = .builtin(BuiltinFunction(name: "print_traceback") { _, vm in
            vm.output.write(([label] + info.traceback).joined(separator: "\n") + "\n", to: .stdout)
            return .none
        })
        return e
    }

    /// The exception for a task the controller or an engine reported as not run; `engine` (the one that died, or
    /// was to run it) goes into `engine_info`, so grouped errors name it.
    static func failure(_ failure: TaskFailure, task: TaskID, engine: EngineID? = nil) -> ExceptionObject {
        let type: TypeObject
        switch failure.reason {
        case .engineDied: type = BuiltinTypes.engineError
        case .aborted: type = BuiltinTypes.taskAborted
        case .timeout: type = BuiltinTypes.taskTimeout
        case .impossibleDependency: type = BuiltinTypes.impossibleDependency
        case .invalid: type = BuiltinTypes.valueError
        }
        let message = failure.reason == .aborted ? task.description : failure.message
        let e = ExceptionObject(type: type, args: [.str(message)])
        if failure.reason == .aborted { e.customRepr = "TaskAborted('\(task)')" }
        if let engine {
            let info = DictObject()
            info.set("engine_id", .int(Int(engine.rawValue)))
            info.set("method", .str("apply"))
            e.attributes["engine_info"] = .dict(info)
            e.attributes["ename"] = .str(type.name)
            e.attributes["evalue"] = .str(message)
        }
        return e
    }

    /// `CompositeError` over several failures of `fname`'s tasks: `str` lists the first `tb_limit` (the class
    /// attribute, 4 unless a program set it) as ipyparallel does.
    static func composite(_ errors: [ExceptionObject], method: String, fname: String) -> ExceptionObject {
        let limit = tracebackLimit
        let e = ExceptionObject(type: BuiltinTypes.compositeError, args: [])
        var lines = ["one or more exceptions raised in: \(fname)"]
        for error in errors.prefix(limit) { lines.append(compositeLine(error, method: method)) }
        if errors.count > limit { lines.append(".... \(errors.count - limit) more exceptions ...") }
        e.customMessage = lines.joined(separator: "\n")
        e.customRepr = "CompositeError(\(errors.count))"
        e.attributes["elist"] = .list(ListObject(errors.map { err in
            .tuple([err.attributes["ename"] ?? .str(err.type.name), err.attributes["evalue"] ?? .str(err.message),
                    err.attributes["traceback"] ?? .str(""), err.attributes["engine_info"] ?? .dict(DictObject())])
        }))
        e.attributes["tb_limit"] = .int(limit)
        e.attributes["errors"] = .list(ListObject(errors.map { .exception($0) }))
        e.attributes["raise_exception"] = .builtin(BuiltinFunction(name: "raise_exception") { args, _ in
            let index = try args.argument(0, "excid").map { v -> Int in
                guard case .int(let i) = v else { throw RuntimeError.typeError("excid must be an integer") }
                return i
            } ?? 0
            guard index >= 0 && index < errors.count else {
                throw RuntimeError.indexError("an exception with index \(index) does not exist")
            }
            throw RuntimeError(errors[index])
        })
        e.attributes["render_traceback"] = .builtin(BuiltinFunction(name: "render_traceback") { _, _ in
            .list(ListObject(lines.map { .str($0) }))
        })
        return e
    }

    /// `CompositeError.tb_limit`: how many errors `str` and tracebacks show.
    static var tracebackLimit: Int {
        if case .int(let n)? = BuiltinTypes.compositeError.attributes["tb_limit"] { return max(n, 0) }
        return 4
    }

    /// `ZeroDivisionError: division by zero`, or just the name when the message is empty (as Python prints
    /// `KeyboardInterrupt`).
    static func headline(_ name: String, _ message: String) -> String {
        message.isEmpty ? name : "\(name): \(message)"
    }

    /// `[0:apply]ZeroDivisionError: division by zero` (no space, as ipyparallel prints it).
    static func compositeLine(_ e: ExceptionObject, method: String) -> String {
        if case .dict(let info)? = e.attributes["engine_info"], let id = try? info.get(.str("engine_id")),
           case .int(let engine) = id, case .str(let name)? = e.attributes["ename"],
           case .str(let value)? = e.attributes["evalue"] {
            return "[\(engine):\(method)]" + headline(name, value)
        }
        return "[Engine Exception]\(e.summary)"
    }

}

/// How the shell shows errors from engines.
public enum RemoteErrorText {
    /// The grouped form of a composite error: identical errors on one line with the sorted, unique engines that
    /// raised them and how many tasks did, `[0,1:apply] ZeroDivisionError: division by zero (10 tasks on 2 engines)`
    /// (`(2 engines)` when each engine ran one task).
    public static func grouped(_ composite: ExceptionObject) -> [String] {
        guard case .list(let list)? = composite.attributes["errors"] else { return [composite.message] }
        var order: [String] = []
        var engines: [String: [Int]] = [:]
        var tasks: [String: Int] = [:]
        var method = "apply"
        for case .exception(let e) in list.items {
            var engine: Int?
            if case .dict(let info)? = e.attributes["engine_info"] {
                if case .int(let id)? = try? info.get(.str("engine_id")) { engine = id }
                if case .str(let m)? = try? info.get(.str("method")) { method = m }
            }
            let key: String
            if case .str(let name)? = e.attributes["ename"], case .str(let value)? = e.attributes["evalue"] {
                key = RemoteErrors.headline(name, value)
            } else {
                key = e.summary
            }
            if tasks[key] == nil { order.append(key) }
            tasks[key, default: 0] += 1
            if let engine { engines[key, default: []].append(engine) }
        }
        return order.map { key in
            let ids = Set(engines[key] ?? []).sorted()
            let label = ids.isEmpty ? "Engine Exception" : ids.map(String.init).joined(separator: ",") + ":" + method
            let count = tasks[key] ?? 0
            let engineCount = ids.count
            let suffix: String
            if count > max(engineCount, 1) {
                suffix = " (\(count) tasks on \(engineCount) engine\(engineCount == 1 ? "" : "s"))"
            } else if engineCount > 1 {
                suffix = " (\(engineCount) engines)"
            } else {
                suffix = ""
            }
            return "[\(label)] \(key)\(suffix)"
        }
    }
}
