import PXRuntime
import PXSession
import PXTransport
import PXWire

#if canImport(Glibc)
import Glibc
#endif

/// `Cluster`'s members as ipyparallel 9.2 declares them.
enum ClusterAPI {
    static let constructor = CallSignature("(*, engines=None, controller=None, **kwargs)", name: "Cluster.__init__")

    /// The coroutine methods; each also has a `_sync` twin. swiftpx has no asyncio: both forms run at once.
    static let coroutines: [String: String] = [
        "connect_client": "(**client_kwargs)", "restart_engine": "(engine_id)", "restart_engines": "(engine_set_id=None)",
        "signal_engine": "(signum, engine_id)", "signal_engines": "(signum, engine_set_id=None)",
        "start_and_connect": "(n=None, activate=False)", "start_cluster": "(n=None)", "start_controller": "(**kwargs)",
        "start_engines": "(n=None, engine_set_id=None, **kwargs)", "stop_cluster": "()", "stop_controller": "()",
        "stop_engine": "(engine_id)", "stop_engines": "(engine_set_id=None)",
    ]

    static let table: MemberTable = {
        var members: [String: MemberTable.Member] = [
            "cluster_file": .attribute, "cluster_id": .attribute, "controller": .attribute,
            "controller_args": .attribute, "controller_ip": .attribute, "controller_launcher_class": .attribute,
            "controller_location": .attribute, "delay": .attribute, "engine_launcher_class": .attribute,
            "engine_set": .property, "engine_timeout": .attribute, "engines": .attribute, "load_profile": .attribute,
            "log": .attribute, "log_level": .attribute, "n": .attribute, "profile": .attribute,
            "profile_dir": .attribute, "send_engines_connection_env": .attribute, "shutdown_atexit": .attribute,
            "hosts": .attribute, "config": .attribute, "parent": .attribute, "profile_config": .attribute,
            "from_dict": .classmethod("(d, **kwargs)", named: "Cluster.from_dict"),
            "from_file": .classmethod("(cluster_file=None, *, profile=None, profile_dir=None, cluster_id='', **kwargs)",
                                      named: "Cluster.from_file"),
            "remove_cluster_file": .method("()"), "to_dict": .method("()"), "update_cluster_file": .method("()"),
            "write_cluster_file": .method("()"),
        ]
        for (name, text) in coroutines {
            members[name] = .method(text, named: "Cluster.\(name)")
            members[name + "_sync"] = .method(text, named: "Cluster.\(name)")
        }
        return MemberTable("Cluster", members)
    }()
}

extension ClusterObject {
    public var attributeNames: [String] { ClusterAPI.table.names }

    public func attribute(_ name: String, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "n": return request.engineCount.map { .int($0) } ?? Value.none
        case "cluster_id": return .str(request.clusterID)
        case "profile": return .str(request.profile)
        case "controller_ip": return .str(request.controllerIP)
        case "controller_location": return .str(request.controllerLocation)
        case "engine_timeout": return traits["engine_timeout"] ?? .int(60)
        case "cluster_file": return .str(clusterFile)
        case "profile_dir": return .str(profileDirectory)
        case "engines":
            // ipyparallel: the engine sets by ID.
            let sets = DictObject()
            for set in engineSets {
                let info = DictObject()
                info.set("n", .int(set.count))
                info.set("launcher", .str(request.launcher))
                sets.set(set.id, .dict(info))
            }
            return .dict(sets)
        case "engine_set":
            guard let first = engineSets.first else { return .some(.none) }
            return .str(first.id)
        case "controller": return isRunning ? .str("<running>") : Value.none
        case "engine_launcher_class": return .str(request.launcher)
        case "controller_launcher_class": return .str("local")
        case "hosts": return .list(ListObject(request.hosts.map { .str($0) }))
        case "profile_config": return .dict(profileConfig)
        case "config": return .dict(try configuration(vm))
        default:
            if let value = traits[name] { return value }
            if let value = Self.traitDefaults.first(where: { $0.0 == name })?.1 { return value }
            if ClusterAPI.table.members[name]?.kind == .classmethod {
                return try vm.attribute(.type(Self.type), name)
            }
            return nil
        }
    }

    public func setAttribute(_ name: String, _ value: Value, _ vm: Interpreter) throws {
        guard Self.traitDefaults.contains(where: { $0.0 == name }) else {
            throw RuntimeError.attributeError("'Cluster' object attribute '\(name)' is read-only")
        }
        try setTrait(name, value, vm)
    }

    public func callMethod(_ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        guard let member = ClusterAPI.table.members[name], member.kind == .method else { return nil }
        let call = try ClusterAPI.table.bind(name, args)
        let method = name.hasSuffix("_sync") ? String(name.dropLast(5)) : name
        switch method {
        case "start_controller":
            try startController()
            return Value.none
        case "start_engines":
            try startEngines(try call.optional("n").map { try StringMethodsBridge.integer($0) })
            return .str(engineSets.last?.id ?? "")
        case "start_cluster":
            try startController()
            try startEngines(try call.optional("n").map { try StringMethodsBridge.integer($0) })
            return .object(self)
        case "start_and_connect":
            try startController()
            if let n = try call.optional("n").map({ try StringMethodsBridge.integer($0) }) { request.engineCount = n }
            try startEngines(nil)
            let client = try connectClient()
            if call["activate"].isTruthy { _ = try client.callMethod("activate", Arguments(), vm) }
            return .object(client)
        case "connect_client":
            return .object(try connectClient())
        case "stop_engines":
            if let id = call.optional("engine_set_id") {
                guard case .str(let text) = id, engineSets.contains(where: { $0.id == text }) else {
                    throw RuntimeError.keyError(id)
                }
            }
            stopEngines()
            return Value.none
        case "stop_controller", "stop_cluster":
            stopCluster()
            return Value.none
        case "restart_engines":
            let count = engineSets.map(\.count).reduce(0, +)
            stopEngines()
            try startEngines(count)
            return Value.none
        case "signal_engines":
            let signal = try Self.signalNumber(call["signum"])
            try managed?.signalEngines(signal)
            return Value.none
        case "stop_engine", "restart_engine", "signal_engine":
            throw RuntimeError(BuiltinTypes.notImplementedError, "How do we find an engine by id?")
        case "to_dict":
            return .dict(toDict())
        case "write_cluster_file", "update_cluster_file":
            try writeClusterFile()
            return Value.none
        case "remove_cluster_file":
            unlink(clusterFile)
            return Value.none
        default:
            return nil
        }
    }

    /// A signal given as a number or a name (`'SIGINT'`).
    static func signalNumber(_ value: Value) throws -> Int32 {
        switch value {
        case .int(let n): return Int32(clamping: n)
        case .str(let name):
            let names: [String: Int32] = ["SIGINT": 2, "SIGTERM": 15, "SIGKILL": 9, "SIGHUP": 1, "SIGUSR1": 10,
                                          "SIGUSR2": 12, "SIGQUIT": 3]
            guard let number = names[name.uppercased()] ?? names["SIG" + name.uppercased()] else {
                throw RuntimeError.valueError("unknown signal: '\(name)'")
            }
            return number
        default:
            throw RuntimeError.typeError("signal must be an int or a name such as 'SIGINT', not \(value.typeName)")
        }
    }

    // MARK: - Cluster files

    /// `<state>/profile_<profile>`.
    var profileDirectory: String {
        let base = ParallelContext.of(interpreter).stateDirectory
        return base + "/profile_" + (request.profile.isEmpty ? "default" : request.profile)
    }

    /// `<profile dir>/cluster-<id>.json`, where `write_cluster_file` writes and `Cluster.from_file` reads.
    var clusterFile: String {
        if case .str(let file)? = traits["cluster_file"], !file.isEmpty { return file }
        return profileDirectory + "/cluster-\(request.clusterID).json"
    }

    /// What `to_dict()` returns and the cluster file holds.
    var fileContents: ClusterFile {
        var settings = ClusterFile.Settings(clusterID: request.clusterID, profileDirectory: profileDirectory)
        settings.controllerIP = request.controllerIP
        settings.controllerLocation = request.controllerLocation
        if case .float(let delay)? = traits["delay"] { settings.delay = delay }
        settings.n = request.engineCount
        var engines: [String: ClusterFile.EngineSet] = [:]
        for set in engineSets { engines[set.id] = ClusterFile.EngineSet(n: set.count, launcher: request.launcher) }
        return ClusterFile(cluster: settings, controller: ClusterFile.Controller(clientFile: managed?.clientFile ?? attachedClientFile),
                           engines: engines)
    }

    /// `to_dict()`: `{'cluster': {...}, 'controller': {'client_file': ...}, 'engines': {id: {'n', 'launcher'}}}`.
    func toDict() -> DictObject {
        let file = fileContents
        let cluster = DictObject()
        cluster.set("class", .str(file.cluster.className))
        cluster.set("cluster_id", .str(file.cluster.clusterID))
        cluster.set("controller_args", traits["controller_args"] ?? .list(ListObject()))
        cluster.set("controller_ip", .str(file.cluster.controllerIP))
        cluster.set("controller_location", .str(file.cluster.controllerLocation))
        cluster.set("delay", .float(file.cluster.delay))
        cluster.set("n", file.cluster.n.map { .int($0) } ?? Value.none)
        cluster.set("profile_dir", .str(file.cluster.profileDirectory))
        let controller = DictObject()
        controller.set("client_file", file.controller.clientFile.map { .str($0) } ?? Value.none)
        let engines = DictObject()
        for set in engineSets {
            let info = DictObject()
            info.set("n", .int(set.count))
            info.set("launcher", .str(request.launcher))
            engines.set(set.id, .dict(info))
        }
        let d = DictObject()
        d.set("cluster", .dict(cluster))
        d.set("controller", .dict(controller))
        d.set("engines", .dict(engines))
        return d
    }

    /// Writes ``fileContents`` as JSON to ``clusterFile`` (mode 0600).
    func writeClusterFile() throws {
        do {
            let body = try fileContents.json()
            try FileIO.makeDirectory(ParallelContext.of(interpreter).stateDirectory, for: clusterFile)
            try FileIO.makeDirectory(profileDirectory, for: clusterFile)
            try FileIO.writeAtomically(path: clusterFile, bytes: Array(body.utf8), mode: 0o600)
        } catch {
            throw RuntimeError(BuiltinTypes.osError, "cannot write \(clusterFile): \(error)")
        }
    }

    /// A Cluster attached to one described by a cluster file (another program's).
    static func attached(_ file: ClusterFile, _ vm: Interpreter) -> ClusterObject {
        var request = ClusterRequest()
        request.clusterID = file.cluster.clusterID
        request.engineCount = file.cluster.n
        request.controllerIP = file.cluster.controllerIP
        request.controllerLocation = file.cluster.controllerLocation
        request.launcher = file.engines.values.first?.launcher ?? "local"
        let cluster = ClusterObject(request: request, interpreter: vm)
        cluster.attachedClientFile = file.controller.clientFile
        cluster.engineSets = file.engines.keys.sorted().compactMap { id in file.engines[id].map { (id: id, count: $0.n) } }
        return cluster
    }

    /// `Cluster.from_file(cluster_file=None, *, profile=None, profile_dir=None, cluster_id='')`: a Cluster
    /// attached to one that another program started and wrote a cluster file for.
    static func fromFile(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        let call = try ClusterAPI.table.bind("from_file", args)
        var file = call.optional("cluster_file").flatMap { if case .str(let s) = $0 { return s } else { return nil } }
        if file == nil {
            let profile = call.optional("profile").flatMap { if case .str(let s) = $0 { return s } else { return nil } }
            var directory = ParallelContext.of(vm).stateDirectory + "/profile_" + (profile ?? "default")
            if case .str(let d)? = call.optional("profile_dir") { directory = d }
            guard case .str(let id) = call["cluster_id"] else { throw RuntimeError.typeError("cluster_id must be a str") }
            file = directory + "/cluster-\(id).json"
        }
        guard let path = file, let text = TextFile.read(path) else {
            throw RuntimeError(BuiltinTypes.fileNotFoundError, "No such file or directory: '\(file ?? "")'")
        }
        let contents: ClusterFile
        do { contents = try ClusterFile.decode(text) } catch {
            throw RuntimeError.valueError("\(path) is not a cluster file: \(error)")
        }
        let cluster = attached(contents, vm)
        for (name, value) in call.extraKeywords { try cluster.setTrait(name, value, vm) }
        return .object(cluster)
    }

    /// `Cluster.from_dict(d)`: the inverse of `to_dict()`.
    static func fromDict(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        let call = try ClusterAPI.table.bind("from_dict", args)
        guard case .dict(let d) = call["d"], case .dict(let info)? = try? d.get(.str("cluster")) else {
            throw RuntimeError.valueError("not a cluster dict: it has no 'cluster' entry")
        }
        func text(_ d: DictObject, _ key: String) -> String? {
            if case .str(let s)? = try? d.get(.str(key)) { return s }
            return nil
        }
        var settings = ClusterFile.Settings(clusterID: text(info, "cluster_id") ?? "", profileDirectory: text(info, "profile_dir") ?? "")
        if case .int(let n)? = try? info.get(.str("n")) { settings.n = n }
        var controller = ClusterFile.Controller()
        if case .dict(let c)? = try? d.get(.str("controller")) { controller.clientFile = text(c, "client_file") }
        var engines: [String: ClusterFile.EngineSet] = [:]
        if case .dict(let sets)? = try? d.get(.str("engines")) {
            for (key, value) in sets.storage {
                guard case .str(let id) = key.value, case .dict(let set) = value, case .int(let n)? = try? set.get(.str("n"))
                else { continue }
                engines[id] = ClusterFile.EngineSet(n: n, launcher: text(set, "launcher") ?? "local")
            }
        }
        let cluster = attached(ClusterFile(cluster: settings, controller: controller, engines: engines), vm)
        for (name, value) in call.extraKeywords { try cluster.setTrait(name, value, vm) }
        return .object(cluster)
    }
}
