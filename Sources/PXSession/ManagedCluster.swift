import PXWire

/// What a program asks for with `ipp.Cluster(n=4, engines='mpi', …)`: the host turns it into a
/// ``ManagedCluster`` on the launchers it has.
public struct ClusterRequest: Sendable, Equatable {
    /// Engines to start; nil: one per CPU core (`ipp.Cluster()`'s default). Default: nil.
    public var engineCount: Int?
    /// How engines start: `local`, `mpi`, `ssh` or `slurm`. Default: `local`.
    public var launcher = "local"
    /// The profile whose directory holds the cluster's files; empty means `default`. Default: empty.
    public var profile = ""
    /// The cluster's ID; empty: `<unix time>-<4 letters>`, made when the cluster is built. Default: empty.
    public var clusterID = ""
    /// The address the controller listens on; empty: loopback. Default: empty.
    public var controllerIP = ""
    /// The name engines use to reach the controller; empty: the listening address. Default: empty.
    public var controllerLocation = ""
    /// Seconds to wait for the engines to register. Default: 60.
    public var engineTimeout = 60.0
    /// Hosts for the ssh and mpi launchers, as `host` or `host:count`. Default: none.
    public var hosts: [String] = []
    /// The controller listens on TCP loopback only, without a Unix socket, so that engines and clients take the
    /// TCP byte path (`swiftpx bench transfer --tcp`). Default: false.
    public var onlyTCP = false

    /// The default request.
    public init() {}
}

/// A cluster a program started and owns (`ipp.Cluster`): its controller and its engines, which it can start,
/// stop, signal and restart. The shell stops every one of them when it exits.
public protocol ManagedCluster: ClusterProvider {
    /// The cluster's ID.
    var clusterID: String { get }
    /// The profile it belongs to.
    var profile: String { get }
    /// The launcher that starts its engines (`local`, `mpi`, …).
    var launcherName: String { get }
    /// Engines started and not stopped (0 before `start`).
    var engineCount: Int { get }
    /// Whether its controller is running.
    var isRunning: Bool { get }
    /// The client connection file, once the controller runs (what `ipp.Client(url_file)` takes); nil when the
    /// controller is embedded in this process and has none.
    var clientFile: String? { get }
    /// Starts the controller, when it is not running.
    /// - Throws: what kept it from starting, as text for the user.
    func startController() throws
    /// Starts `count` engines (and the controller first when needed) and waits until they have registered.
    /// - Throws: what kept them from starting or registering.
    func startEngines(_ count: Int) throws
    /// Stops the engines (the controller stays).
    func stopEngines()
    /// Stops the engines and the controller; nothing of the cluster is left running.
    func stop()
    /// Sends `signal` to every engine process.
    /// - Throws: when the launcher cannot signal its engines.
    func signalEngines(_ signal: Int32) throws
}
