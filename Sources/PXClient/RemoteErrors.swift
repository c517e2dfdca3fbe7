import PXCodec
import PXRuntime
import PXWire

/// Builds the exceptions a task's failure raises: `RemoteError` for an exception on an engine, `EngineError`,
/// `TaskAborted`, `TaskTimeout`, `ImpossibleDependency` for tasks that did not run to a reply, and
/// `CompositeError` when several tasks failed.
enum RemoteErrors {
    /// A `RemoteError` carrying ipyparallel's attributes: `ename`, `evalue`, `traceback`, `engine_info`.
    /// - Parameters:
    ///   - info: what the engine reported.
    ///   - engine: the engine that ran the task, nil when unknown (`[Engine Exception]`).
    ///   - uuid: the engine's uuid for `engine_info`.
    ///   - method: `apply` or `execute`.
    ///   - vm: the client's interpreter, whose source fills in the lines of frames in the shell's cells.
    static func remote(_ info: RemoteErrorInfo, engine: EngineID?, uuid: String, method: String,
                       interpreter vm: Interpreter) -> ExceptionObject {
        let e = ExceptionObject(type: BuiltinTypes.remoteError, args: [.str(info.name), .str(info.message)])
        let label = engine.map { "[\($0.rawValue):\(method)]" } ?? "[Engine Exception]"
        e.customMessage = "\(label) " + headline(info.name, info.message)
        e.customRepr = "<RemoteError[\(engine.map { String($0.rawValue) } ?? "-")]:\(info.name)(\(info.message))>"
        e.attributes["ename"] = .str(info.name)
        e.attributes["evalue"] = .str(info.message)
        let render = traceback(info, interpreter: vm)
        if !info.frames.isEmpty || info.traceback.count > 1 { e.remoteTraceback = render }
        e.attributes["traceback"] = .str(render(.context).joined(separator: "\n"))
        let engineInfo = DictObject()
        if let engine {
            engineInfo.set("engine_id", .int(Int(engine.rawValue)))
            engineInfo.set("engine_uuid", .str(uuid))
            engineInfo.set("method", .str(method))
        }
        e.attributes["engine_info"] = .dict(engineInfo)
        e.attributes["render_traceback"] = .builtin(BuiltinFunction(name: "render_traceback") { _, _ in
            .list(ListObject(([label] + render(.context)).map { .str($0) }))
        })
        e.attributes["print_traceback"] = .builtin(BuiltinFunction(name: "print_traceback") { _, vm in
            vm.output.write(([label] + render(.context)).joined(separator: "\n") + "\n", to: .stdout)
            return .none
        })
        return e
    }

    /// The engine's traceback in a `%xmode` mode, IPython's way: the frames with their lines (from the engine,
    /// or from the client's own cells for functions the shell defined), then `name: message`. An error without
    /// frames shows the lines the engine sent.
    static func traceback(_ info: RemoteErrorInfo, interpreter vm: Interpreter) -> (TracebackMode) -> [String] {
        let frames = info.frames
        guard !frames.isEmpty else {
            let lines = info.traceback.isEmpty ? [headline(info.name, info.message)] : info.traceback
            return { _ in lines }
        }
        let summary = headline(info.name, info.message)
        return { [weak vm] mode in
            let formatter = TracebackFormatter(mode: mode) { file, line in
                for frame in frames where frame.entry.file == file {
                    if let text = frame.line(line) { return text }
                }
                return vm?.sourceLine(file: file, line: line)
            }
            return formatter.lines(frames.map(\.entry), typeName: info.name, summary: summary)
        }
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
    /// Identical errors of a composite error (same exception, message and frames), in the order they first came.
    struct Group {
        var errors: [ExceptionObject] = []
        var engines: Set<Int> = []
        var elements: [Int] = []
        var method = "apply"

        mutating func add(_ e: ExceptionObject) {
            errors.append(e)
            if let element = e.mapElement { elements.append(element) }
            guard case .dict(let info)? = e.attributes["engine_info"] else { return }
            if case .int(let id)? = try? info.get(.str("engine_id")) { engines.insert(id) }
            if case .str(let m)? = try? info.get(.str("method")) { method = m }
        }
    }

    static func groups(_ composite: ExceptionObject) -> [Group] {
        guard case .list(let list)? = composite.attributes["errors"] else { return [] }
        var order: [String] = []
        var groups: [String: Group] = [:]
        for case .exception(let e) in list.items {
            let key = summary(e) + "\u{0}" + groupingText(e)
            if groups[key] == nil { order.append(key) }
            groups[key, default: Group()].add(e)
        }
        return order.compactMap { groups[$0] }
    }

    /// What makes two errors the same: their frames' lines and code, but not the number of an engine's cell (the
    /// same `%px` code has a different number on engines that ran different numbers of cells).
    static func groupingText(_ e: ExceptionObject) -> String {
        guard let lines = e.remoteTraceback?(.plain) else { return "" }
        return lines.map { line in
            guard let open = line.range(of: "Cell In["), let close = line[open.upperBound...].firstIndex(of: "]") else {
                return line
            }
            return String(line[..<open.upperBound] + line[close...])
        }.joined(separator: "\n")
    }

    /// `ZeroDivisionError: division by zero` of a remote error (or of another exception a task raised).
    static func summary(_ e: ExceptionObject) -> String {
        if case .str(let name)? = e.attributes["ename"], case .str(let value)? = e.attributes["evalue"] {
            return RemoteErrors.headline(name, value)
        }
        return e.summary
    }

    /// `[0,1:apply]`, or `[Engine Exception]` when no engine is known.
    static func label(_ group: Group) -> String {
        group.engines.isEmpty ? "[Engine Exception]"
            : "[" + group.engines.sorted().map(String.init).joined(separator: ",") + ":" + group.method + "]"
    }

    /// `10 tasks on 2 engines, elements 1, 3` (empty for one task): how many tasks raised the error, on how many
    /// engines, and which elements of a map failed.
    static func counts(_ group: Group) -> String {
        let count = group.errors.count
        let engineCount = group.engines.count
        var parts: [String] = []
        if count > max(engineCount, 1) {
            parts.append("\(count) tasks on \(engineCount) engine\(engineCount == 1 ? "" : "s")")
        } else if engineCount > 1 {
            parts.append("\(engineCount) engines")
        }
        let elements = group.elements.sorted()
        if !elements.isEmpty {
            let shown = elements.count > 10
                ? elements.prefix(4).map(String.init) + ["..."] + elements.suffix(4).map(String.init)
                : elements.map(String.init)
            parts.append((elements.count == 1 ? "element " : "elements ") + shown.joined(separator: ", "))
        }
        return parts.joined(separator: ", ")
    }

    /// The grouped form of a composite error: identical errors on one line with the sorted, unique engines that
    /// raised them, how many tasks did and the failing elements of a map,
    /// `[0,1:apply] ZeroDivisionError: division by zero (10 tasks on 2 engines, elements 0, 2)`.
    public static func grouped(_ composite: ExceptionObject) -> [String] {
        let groups = groups(composite)
        guard !groups.isEmpty else { return [composite.message] }
        return groups.map { group in
            let counts = counts(group)
            return "\(label(group)) \(summary(group.errors[0]))" + (counts.isEmpty ? "" : " (\(counts))")
        }
    }

    /// A composite error as ipyparallel shows it in IPython, each engine's traceback headed `[0:apply]:`, but
    /// with identical errors shown once (their header names every engine, the task count and a map's failing
    /// elements), and at most `tb_limit` of them, then `... N more exceptions ...`.
    /// - Parameter mode: the `%xmode` mode of the tracebacks; `Minimal` gives the grouped one-line form.
    public static func tracebacks(_ composite: ExceptionObject, mode: TracebackMode) -> [String] {
        guard mode != .minimal else { return grouped(composite) }
        let groups = groups(composite)
        guard !groups.isEmpty else { return [composite.message] }
        guard groups.contains(where: { $0.errors[0].remoteTraceback != nil }) else { return grouped(composite) }
        let limit = RemoteErrors.tracebackLimit
        var lines: [String] = []
        for group in groups.prefix(limit) {
            let counts = counts(group)
            let first = group.errors[0]
            guard let traceback = first.remoteTraceback?(mode) else {
                // No frames (a name pulled that is not there, an engine that died): one line.
                lines += ["\(label(group)) \(summary(first))" + (counts.isEmpty ? "" : " (\(counts))"), ""]
                continue
            }
            lines.append(label(group) + ":" + (counts.isEmpty ? "" : " \(counts)"))
            lines += traceback + [""]
        }
        let hidden = groups.dropFirst(limit).reduce(0) { $0 + $1.errors.count }
        if hidden > 0 { lines.append("... \(hidden) more exceptions ...") }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    /// A single remote error as ipyparallel shows it in IPython: `[0:apply]` then the engine's traceback;
    /// `[0:apply] ZeroDivisionError: division by zero` in `Minimal` mode.
    /// An error without frames is its one line, `[1:apply] KeyboardInterrupt`.
    public static func traceback(_ error: ExceptionObject, mode: TracebackMode) -> [String]? {
        guard let render = error.remoteTraceback else { return nil }
        let label = String(error.message.prefix { $0 != " " })
        if mode == .minimal { return [error.message] }
        return [label] + render(mode)
    }
}
