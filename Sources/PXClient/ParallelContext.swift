import PXRuntime
import PXSession

/// The cluster side of one interpreter: what the host lends the `swiftpx` module (the cluster provider, the
/// shell's progress display), and the module's own state (the client `Client()` returned, the view `%px`
/// uses). Kept in an ``InterpreterSlot``: `ParallelContext.of(interpreter).provider = cluster`.
public final class ParallelContext {
    /// Where `Client()` gets its cluster; nil: `Client()` without a connection file fails.
    public var provider: (any ClusterProvider)?
    /// The shell's progress bar for blocking waits (a terminal has one; piped, there is none).
    public var progressDisplay: (any ProgressDisplay)?
    /// Builds the processes of an `ipp.Cluster(...)`; nil where clusters cannot be started (on an engine).
    public var clusterFactory: ((ClusterRequest) throws -> any ManagedCluster)?
    /// Where profiles live (`$SWIFTPX_DIR`): `Cluster.write_cluster_file` and `Cluster.from_file` use
    /// `<stateDirectory>/profile_<name>/cluster-<id>.json`. The host sets it. Default: `.swiftpx` (relative
    /// to the working directory).
    public var stateDirectory = ".swiftpx"
    /// The client `Client()` returned, shared by later calls.
    var client: ClientObject?
    /// The view `%px` runs on (`rc.activate()`, `view.activate()`).
    var activeView: ViewObject?

    init() {}

    /// The context of `interpreter`.
    public static func of(_ interpreter: Interpreter) -> ParallelContext { interpreter.slot(Slot.self) }

    enum Slot: InterpreterSlot {
        static func makeValue() -> ParallelContext { ParallelContext() }
    }
}
