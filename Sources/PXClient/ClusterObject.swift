import PXCodec
import PXRuntime
import PXSession
import PXTransport
import PXWire

#if canImport(Glibc)
import Glibc
#endif

/// `ipp.Cluster(n=4, engines='local'|'mpi'|'ssh'|'slurm', …)`: a controller and engines that a program starts,
/// connects to and stops, with ipyparallel 9.2's members. The host builds the processes
/// (``ParallelContext/clusterFactory``): the controller runs in this process, the engines through the launchers
/// of `swiftpx cluster`. A shell may hold several clusters at once; it stops them all when it exits.
public final class ClusterObject: NativeObject {
    unowned let interpreter: Interpreter
    var request: ClusterRequest
    /// The processes, once built (on the first start).
    var managed: (any ManagedCluster)?
    /// A cluster attached to through its cluster file (`Cluster.from_file`): its client connection file.
    var attachedClientFile: String?
    /// Engine sets started, in order: (id, count).
    var engineSets: [(id: String, count: Int)] = []
    /// Traits stored as given (`delay`, `controller_args`, …), shown back by attribute access.
    var traits: [String: Value] = [:]

    init(request: ClusterRequest, interpreter: Interpreter) {
        self.request = request
        self.interpreter = interpreter
        if self.request.clusterID.isEmpty { self.request.clusterID = Self.makeClusterID() }
    }

    /// `ipp.Cluster`, with its class methods `from_file` and `from_dict`.
    static let type: TypeObject = {
        let type = TypeObject(name: "Cluster", module: "ipyparallel.cluster.cluster",
                              doc: "Cluster(n=None, engines='local', profile='', cluster_id='', ...): a controller and "
                                  + "engines started by this program. start_and_connect_sync() starts them and returns "
                                  + "a Client; stop_cluster_sync() stops them; `with ipp.Cluster(n=4) as rc:` does both.") {
            args, vm in try ClusterObject.construct(args, vm)
        }
        type.defineClassAttribute("from_file", .builtin(BuiltinFunction(name: "from_file", module: "ipyparallel") {
            args, vm in try ClusterObject.fromFile(args, vm)
        }))
        type.defineClassAttribute("from_dict", .builtin(BuiltinFunction(name: "from_dict", module: "ipyparallel") {
            args, vm in try ClusterObject.fromDict(args, vm)
        }))
        return type
    }()
    public var pythonType: TypeObject { Self.type }

    /// The traits `Cluster(...)` accepts as keywords, with their defaults.
    static let traitDefaults: [(String, Value)] = [
        ("cluster_file", .str("")), ("cluster_id", .str("")), ("config", .dict(DictObject())),
        ("controller_args", .list(ListObject())), ("controller_ip", .str("")), ("controller_location", .str("")),
        ("delay", .float(1.0)), ("engine_timeout", .int(60)), ("load_profile", .bool(true)), ("log", .none),
        ("log_level", .int(20)), ("n", .none), ("parent", .none), ("profile", .str("")), ("profile_dir", .str("")),
        ("send_engines_connection_env", .bool(true)), ("shutdown_atexit", .bool(true)),
        // swiftpx: hosts for the ssh and mpi launchers (ipyparallel configures them on the launcher class).
        ("hosts", .list(ListObject())),
    ]

    // MARK: - Construction

    /// `Cluster(*, engines=None, controller=None, **kwargs)`.
    static func construct(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        let bound = try ClusterAPI.constructor.bind(args)
        let cluster = ClusterObject(request: ClusterRequest(), interpreter: vm)
        if let engines = bound.optional("engines") { cluster.request.launcher = try launcherName(engines) }
        if let controller = bound.optional("controller") {
            let name = try launcherName(controller)
            guard name == "local" else {
                throw RuntimeError.valueError("swiftpx runs the controller in this process: controller must be 'local', "
                    + "not '\(name)' (engines= picks how engines start)")
            }
        }
        let known = Set(traitDefaults.map(\.0))
        for (name, value) in bound.extraKeywords {
            guard known.contains(name) else {
                throw RuntimeError.typeError("Cluster.__init__() got an unexpected keyword argument '\(name)'")
            }
            try cluster.setTrait(name, value, vm)
        }
        return .object(cluster)
    }

    /// `'local'`, `'mpi'`, `'ssh'`, `'slurm'` (any case, as ipyparallel's entry-point names).
    static func launcherName(_ value: Value) throws -> String {
        guard case .str(let text) = value else {
            throw RuntimeError.typeError("engines must be a launcher name ('local', 'mpi', 'ssh', 'slurm'), not "
                + value.typeName)
        }
        let name = text.lowercased()
        switch name {
        case "local", "mpi", "ssh", "slurm": return name
        case "mpiexec": return "mpi"
        default:
            throw RuntimeError.valueError("swiftpx starts engines with 'local', 'mpi', 'ssh' or 'slurm', not '\(text)'")
        }
    }

    /// Sets a trait given to the constructor or assigned later.
    func setTrait(_ name: String, _ value: Value, _ vm: Interpreter) throws {
        switch name {
        case "n":
            if value.isNone {
                request.engineCount = nil
            } else {
                let n = try StringMethodsBridge.integer(value)
                guard n >= 0 else { throw RuntimeError.valueError("n must be at least 0, not \(n)") }
                request.engineCount = n
            }
        case "cluster_id":
            guard case .str(let id) = value else { throw RuntimeError.typeError("cluster_id must be a str") }
            request.clusterID = id.isEmpty ? Self.makeClusterID() : id
        case "profile":
            guard case .str(let profile) = value else { throw RuntimeError.typeError("profile must be a str") }
            request.profile = profile
        case "controller_ip":
            guard case .str(let ip) = value else { throw RuntimeError.typeError("controller_ip must be a str") }
            request.controllerIP = ip
        case "controller_location":
            guard case .str(let location) = value else { throw RuntimeError.typeError("controller_location must be a str") }
            request.controllerLocation = location
        case "engine_timeout":
            request.engineTimeout = try AsyncResultObject.seconds(value)
        case "config":
            try applyConfiguration(value, vm)
        case "hosts":
            request.hosts = try vm.collect(value).map { host in
                guard case .str(let text) = host else { throw RuntimeError.typeError("hosts must be strings") }
                return text
            }
        default:
            break
        }
        traits[name] = value
    }

    /// `<unix time>-<4 letters>`.
    static func makeClusterID() -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let seconds = time(nil)
        return "\(seconds)-" + String((0..<4).map { _ in letters[Int.random(in: 0..<letters.count)] })
    }

    // MARK: - Lifecycle

    /// The processes, built on first use.
    func cluster() throws -> any ManagedCluster {
        if let managed { return managed }
        guard let factory = ParallelContext.of(interpreter).clusterFactory else {
            throw RuntimeError(BuiltinTypes.runtimeError, "this interpreter cannot start clusters (engines start none)")
        }
        let made = try factory(request)
        managed = made
        return made
    }

    func startController() throws {
        guard attachedClientFile == nil else { return }
        try cluster().startController()
    }

    /// Starts `n` engines (default: the cluster's `n`) and returns the engine set's ID.
    func startEngines(_ n: Int?) throws {
        guard attachedClientFile == nil else {
            throw RuntimeError(BuiltinTypes.runtimeError, "this Cluster was loaded from a file: it cannot start engines")
        }
        let count = n ?? request.engineCount ?? ClusterObject.cpuCount
        let managed = try cluster()
        try managed.startEngines(count)
        // ipyparallel names engine sets by the Unix time they started at.
        var id = String(time(nil))
        while engineSets.contains(where: { $0.id == id }) { id += "+" }
        engineSets.append((id: id, count: count))
    }

    /// The number of CPU cores (ipyparallel's default `n` for local engines).
    static var cpuCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    func stopEngines() {
        managed?.stopEngines()
        engineSets = []
    }

    func stopCluster() {
        if let managed {
            managed.stop()
        } else if let file = attachedClientFile, let info = try? ConnectionInfo.read(path: file),
                  let connection = try? ClusterConnection.connect(info, timeout: .seconds(5)) {
            try? connection.shutdown(nil, includingController: true, timeout: .seconds(5))
            connection.close()
        }
        engineSets = []
    }

    /// A new Client connected to this cluster.
    func connectClient() throws -> ClientObject {
        if let file = attachedClientFile {
            return try ClientObject.connect(file: file, interpreter: interpreter, cluster: self)
        }
        let managed = try cluster()
        try managed.startController()
        let connection: ClusterConnection
        do { connection = try managed.connection() } catch { throw RuntimeError(BuiltinTypes.timeoutError, "\(error)") }
        let client = ClientObject(connection: connection, interpreter: interpreter, provider: managed)
        client.cluster = self
        return client
    }

    var isRunning: Bool { managed?.isRunning ?? (attachedClientFile != nil) }

    // MARK: - Text

    public func repr(_ interpreter: Interpreter?) -> String {
        var text = "<Cluster(cluster_id='\(request.clusterID)', profile='\(request.profile.isEmpty ? "default" : request.profile)'"
        if isRunning { text += ", controller=<running>" }
        if !engineSets.isEmpty { text += ", engine_sets=[" + engineSets.map { "'\($0.id)'" }.joined(separator: ", ") + "]" }
        return text + ")>"
    }

    public func enter(_ interpreter: Interpreter) throws -> Value {
        try startController()
        try startEngines(nil)
        return .object(try connectClient())
    }

    public func exit(_ interpreter: Interpreter) throws {
        stopCluster()
    }
}

