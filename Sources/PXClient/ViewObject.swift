import PXCodec
import PXRuntime
import PXSession
import PXWire

/// `DirectView` (`rc[:]`, `rc[0]`) and `LoadBalancedView` (`rc.load_balanced_view()`).
///
/// Views are non-blocking by default: `apply`/`map` return an AsyncResult unless `view.block` is True.
public final class ViewObject: NativeObject {
    enum Kind {
        case direct, loadBalanced
    }

    let client: ClientObject
    let kind: Kind
    var targets: TargetSpec
    /// Whether `apply`, `map`, `execute`, … wait for their result. Default: False.
    var block = false
    // Load-balanced flags.
    var allowed: TargetSpec?
    var retries = 0
    var timeout: Double?
    var after: [TaskID] = []
    var follow: [TaskID] = []
    var label: Value = .none
    /// The tasks this view submitted, in order (`view.history`).
    var history = TaskHistory()
    /// A `BroadcastView` (`rc.broadcast_view()`): a DirectView by another name. Its tasks share one payload in one
    /// frame to the controller, as every DirectView's do.
    var isBroadcast = false

    init(client: ClientObject, kind: Kind, targets: TargetSpec) {
        self.client = client
        self.kind = kind
        self.targets = targets
    }

    static let directType = TypeObject(name: "DirectView", module: "ipyparallel",
                                       doc: "Runs functions and code on specific engines.")
    static let loadBalancedType = TypeObject(name: "LoadBalancedView", module: "ipyparallel",
                                             doc: "Runs tasks on whichever engine is free.")
    /// `BroadcastView`, a DirectView.
    static let broadcastType = TypeObject(name: "BroadcastView", base: directType, module: "ipyparallel",
                                          doc: "A DirectView whose calls reach its engines through one message.")
    public var pythonType: TypeObject {
        kind == .direct ? (isBroadcast ? Self.broadcastType : Self.directType) : Self.loadBalancedType
    }

    /// The declared members, and `executor` (an instance attribute in ipyparallel).
    public var attributeNames: [String] { table.names + ["executor"] }

    /// The engines this view's direct calls go to, now.
    var engines: [EngineID] { client.engines(targets) }

    var isSingle: Bool { targets.isSingle }

    public func length(_ vm: Interpreter) throws -> Int { kind == .direct ? engines.count : client.ids.count }

    public func repr(_ interpreter: Interpreter?) -> String {
        if kind == .loadBalanced { return "<LoadBalancedView None>" }
        switch targets {
        case .all: return "<DirectView all>"
        case .single(let e): return "<DirectView \(e.rawValue)>"
        case .list(let ids):
            var text = "[" + ids.map { String($0.rawValue) }.joined(separator: ", ") + "]"
            if text.count > 16 { text = String(text.prefix(12)) + "...]" }
            return "<\(pythonType.name) \(text)>"
        }
    }

    // MARK: - Attributes and flags

    public func attribute(_ name: String, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "block": return .bool(block)
        case "targets":
            if kind == .loadBalanced { return allowed.map { targetsValue($0) } ?? Value.none }
            return targetsValue(targets)
        case "retries" where kind == .loadBalanced: return .int(retries)
        case "timeout" where kind == .loadBalanced: return timeout.map { .float($0) } ?? .float(0)
        case "after" where kind == .loadBalanced: return .list(ListObject(after.map { .str($0.description) }))
        case "follow" where kind == .loadBalanced: return .list(ListObject(follow.map { .str($0.description) }))
        case "label": return label
        case "client": return .object(client)
        case "history": return .list(ListObject(history.map { .str($0.description) }))
        case "outstanding":
            // This view's tasks the client still waits for (ipyparallel updates its set after each call; this one
            // is current whenever it is read).
            return .set(try SetObject(history.filter { client.connection.record($0) != nil }.map { .str($0.description) }))
        case "results": return try client.attribute("results", vm)
        case "track": return .bool(false)
        case "executor": return .object(ViewExecutor(view: self))
        case "importer" where kind == .direct: return .object(try SyncImports(view: self, local: true, quiet: false))
        default: return nil
        }
    }

    func targetsValue(_ spec: TargetSpec) -> Value {
        switch spec {
        case .all: return .str("all")
        case .single(let e): return .int(Int(e.rawValue))
        case .list(let ids): return .list(ListObject(ids.map { .int(Int($0.rawValue)) }))
        }
    }

    public func setAttribute(_ name: String, _ value: Value, _ vm: Interpreter) throws {
        try setFlag(name, value, vm)
    }

    /// Sets one flag, validating it as ipyparallel does.
    func setFlag(_ name: String, _ value: Value, _ vm: Interpreter) throws {
        switch name {
        case "block": block = value.isTruthy
        case "targets":
            if kind == .loadBalanced {
                allowed = value.isNone ? nil : try client.targets(from: value, vm)
            } else {
                targets = try client.targets(from: value, vm)
            }
        case "label": label = value
        case "retries" where kind == .loadBalanced:
            guard case .int(let n) = value else { throw RuntimeError.typeError("retries must be an int, not \(value.typeName)") }
            guard n >= 0 else { throw RuntimeError.valueError("retries must be >= 0") }
            retries = n
        case "timeout" where kind == .loadBalanced:
            if value.isNone {
                timeout = nil
            } else {
                let seconds = try AsyncResultObject.seconds(value)
                guard seconds >= 0 else { throw RuntimeError.valueError("Invalid timeout: \(FloatFormatter.repr(seconds))") }
                timeout = seconds == 0 ? nil : seconds
            }
        case "after" where kind == .loadBalanced: after = try dependencies(value, vm)
        case "follow" where kind == .loadBalanced: follow = try dependencies(value, vm)
        case "track":
            break
        default:
            throw RuntimeError.keyError(.str("Invalid name: '\(name)'"))
        }
    }

    /// Task IDs from msg_ids, AsyncResults, or lists of them.
    func dependencies(_ value: Value, _ vm: Interpreter) throws -> [TaskID] {
        switch value {
        case .none: return []
        case .object(let ar as AsyncResultObject): return ar.records.map(\.id)
        case .str(let text):
            guard let id = TaskID(text: text) else { throw RuntimeError.valueError("Invalid dependency: '\(text)'") }
            return [id]
        case .list, .tuple, .set:
            return try vm.collect(value).flatMap { try dependencies($0, vm) }
        default:
            throw RuntimeError.valueError("Invalid dependency: \(ValueFormatter.repr(value, vm))")
        }
    }

    /// A `with view.temp_flags(...)` context: sets flags on entry and restores them on exit.
    final class TemporaryFlags: NativeObject {
        let view: ViewObject
        let flags: [(name: String, value: Value)]
        var saved: (Bool, TargetSpec, TargetSpec?, Int, Double?, [TaskID], [TaskID], Value)?

        init(view: ViewObject, flags: [(name: String, value: Value)]) {
            self.view = view
            self.flags = flags
        }

        static let type = TypeObject(name: "temp_flags", module: "ipyparallel")
        var pythonType: TypeObject { Self.type }

        func enter(_ interpreter: Interpreter) throws -> Value {
            saved = (view.block, view.targets, view.allowed, view.retries, view.timeout, view.after, view.follow, view.label)
            for (name, value) in flags { try view.setFlag(name, value, interpreter) }
            return .object(view)
        }

        func exit(_ interpreter: Interpreter) throws {
            guard let s = saved else { return }
            (view.block, view.targets, view.allowed, view.retries, view.timeout, view.after, view.follow, view.label) = s
        }
    }
}
