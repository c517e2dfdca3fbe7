import PXCodec
import PXRuntime
import PXSession
import PXTransport
import PXWire

/// `ipp.Client()`: the client of the shell's cluster, with ipyparallel's members.
public final class ClientObject: NativeObject {
    let connection: ClusterConnection
    unowned let interpreter: Interpreter
    let provider: ClusterProvider?
    /// Every task ID submitted through this client, in order.
    var history = TaskHistory()
    /// The `stream_output()` blocks running, shown after each wait.
    var streams: [StreamingOutput] = []
    /// The last results read, by ID.
    var results = RecentResults()
    /// The tasks remembered for `get_result`, `result_status`, `db_query` and `purge_results`.
    var store = TaskStore()
    var closed = false
    /// The `ipp.Cluster` this client belongs to (`rc.cluster`), if a Cluster made it.
    var cluster: ClusterObject?
    /// The memory of the last large request, reused for the next one.
    var requestSpare = SpareBuffer()
    /// `rc.block`: the blocking flag new views start with. Default: False.
    var block = false

    init(connection: ClusterConnection, interpreter: Interpreter, provider: ClusterProvider?) {
        self.connection = connection
        self.interpreter = interpreter
        self.provider = provider
    }

    /// A client connected through a connection file (`Client(url_file)`, a Cluster loaded from a file).
    /// - Throws: `OSError` when the file cannot be read, `TimeoutError` when the controller does not answer.
    static func connect(file path: String, interpreter: Interpreter, cluster: ClusterObject? = nil) throws -> ClientObject {
        let info: ConnectionInfo
        do { info = try ConnectionInfo.read(path: path) } catch {
            throw RuntimeError(BuiltinTypes.osError, "Connection file '\(path)' not found or unreadable: \(error)")
        }
        let connection: ClusterConnection
        do { connection = try ClusterConnection.connect(info) } catch {
            throw RuntimeError(BuiltinTypes.timeoutError, "\(error)")
        }
        let client = ClientObject(connection: connection, interpreter: interpreter, provider: nil)
        client.cluster = cluster
        return client
    }

    static let type = TypeObject(name: "Client", module: "ipyparallel",
                                 doc: "The client of a cluster: rc.ids, rc[:] (a DirectView), rc.load_balanced_view().")
    public var pythonType: TypeObject { Self.type }

    public var attributeNames: [String] { ClientAPI.table.names + ["interrupt", "restart_engine"] }

    /// IDs of the live engines.
    var ids: [EngineID] { connection.engineIDs }

    func uuid(of engine: EngineID?) -> String {
        guard let engine else { return "" }
        return connection.engineTable.first { $0.record.id == engine }?.record.uuid ?? ""
    }

    public func attribute(_ name: String, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "ids": return .list(ListObject(ids.map { .int(Int($0.rawValue)) }))
        case "history": return .list(ListObject(history.map { .str($0.description) }))
        case "results":
            let d = DictObject()
            for (id, value) in results.entries { d.set(id, value) }
            return .dict(d)
        case "outstanding":
            let outstanding = history.filter { connection.record($0) != nil }
            return .set(try SetObject(outstanding.map { .str($0.description) }))
        case "block": return .bool(block)
        case "cluster": return cluster.map { .object($0) } ?? Value.none
        case "debug": return .bool(false)
        case "curve_publickey", "curve_secretkey", "curve_serverkey": return UnavailableMembers.curveKey(name)
        case "profile": return .str(cluster?.request.profile ?? "default")
        case "metadata":
            let d = DictObject()
            for id in history {
                guard let record = connection.record(id) else { continue }
                let ar = AsyncResultObject(client: self, records: [record], fname: "unknown", shape: .single)
                d.set(id.description, ar.metadataValue())
            }
            return .dict(d)
        default: return nil
        }
    }

    public func setAttribute(_ name: String, _ value: Value, _ vm: Interpreter) throws {
        switch name {
        case "block": block = value.isTruthy
        case "debug": break
        default:
            guard ClientAPI.table.members[name] != nil else {
                throw RuntimeError.attributeError("'Client' object has no attribute '\(name)'")
            }
            throw RuntimeError.attributeError("'Client' object attribute '\(name)' is read-only")
        }
    }

    public func length(_ vm: Interpreter) throws -> Int { ids.count }

    public func makeIterator(_ vm: Interpreter) throws -> IteratorObject {
        .over(ids.map { .object(ViewObject(client: self, kind: .direct, targets: .single($0))) })
    }

    public func repr(_ interpreter: Interpreter?) -> String {
        let n = ids.count
        return "<Client: \(n) engine\(n == 1 ? "" : "s")>"
    }

    public func enter(_ interpreter: Interpreter) throws -> Value { .object(self) }
    public func exit(_ interpreter: Interpreter) throws { closed = true }

    // MARK: - rc[...]

    public func item(_ key: Value, _ vm: Interpreter) throws -> Value {
        switch key {
        case .int, .slice, .list, .tuple, .range: break
        default: throw RuntimeError.typeError("key by int/slice/iterable of ints only, not <class '\(key.typeName)'>")
        }
        let view = ViewObject(client: self, kind: .direct, targets: try targets(from: key, vm))
        view.block = block
        return .object(view)
    }

    /// Resolves a target specification as ipyparallel's `_build_targets` does.
    func targets(from key: Value, _ vm: Interpreter) throws -> TargetSpec {
        let current = ids
        if current.isEmpty {
            throw RuntimeError(BuiltinTypes.noEnginesRegistered, "This operation requires engines. Try "
                + "client.wait_for_engines(n) to wait for engines to register.")
        }
        switch key {
        case .int(let i):
            if i < 0 {
                guard -i <= current.count else { throw RuntimeError.indexError("No such engine: \(i)") }
                return .single(current[current.count + i])
            }
            guard let engine = current.first(where: { $0.rawValue == UInt32(clamping: i) }) else {
                throw RuntimeError.indexError("No such engine: \(i)")
            }
            return .single(engine)
        case .slice:
            let picked = try vm.item(.list(ListObject(current.map { .int(Int($0.rawValue)) })), key)
            return .list(try vm.collect(picked).map { try engineID($0, current) })
        case .str(let s):
            guard s == "all" else { throw RuntimeError.typeError("'\(s)' not valid str target, must be 'all'") }
            return .all
        case .none:
            return .all
        case .list, .tuple, .range:
            return .list(try vm.collect(key).map { try engineID($0, current) })
        default:
            throw RuntimeError.typeError("key by int/slice/iterable of ints only, not \(key.typeName)")
        }
    }

    func engineID(_ value: Value, _ current: [EngineID]) throws -> EngineID {
        guard case .int(let i) = value else {
            throw RuntimeError.typeError("key by int/slice/iterable of ints only, not \(value.typeName)")
        }
        guard let engine = current.first(where: { Int($0.rawValue) == i }) else {
            throw RuntimeError.indexError("No such engine: \(i)")
        }
        return engine
    }

    /// Shows what arrived for the results inside `with ar.stream_output():` blocks.
    func showStreams() {
        for stream in streams { stream.show(interpreter) }
    }

    /// The name ipyparallel shows for a function in `<AsyncResult(name): …>`.
    static func functionName(_ f: Value) -> String {
        switch f {
        case .function(let fn): return fn.name
        case .builtin(let b): return b.name
        case .boundMethod(let m): return m.name
        case .object(let o as Partial): return functionName(o.function)
        case .object(let o as DependentFunction): return functionName(o.function)
        case .object(let o as RemoteFunction): return functionName(o.function)
        case .object(let o): return o.pythonType.name
        case .type(let t): return t.name
        default: return "unknown"
        }
    }
}

/// Which engines a view sends to.
enum TargetSpec {
    /// Every engine at the time of each call (`direct_view('all')`, `%px`).
    case all
    /// These engines (`rc[:]`, `rc[[0, 2]]`), frozen when the view was made.
    case list([EngineID])
    /// One engine (`rc[0]`): calls return one value, not a list.
    case single(EngineID)

    /// Whether calls return one value rather than a list.
    var isSingle: Bool {
        if case .single = self { return true }
        return false
    }
}
