import PXRuntime
import PXSession

/// What the program running `swiftpx bench` lends the benchmarks: its registry, where state goes, how to start
/// and attach to clusters (the embedded cluster lives in `SwiftPX`), and the Swift loop behind
/// `examples.monte_carlo_pi`.
public struct BenchHost {
    /// The functions and modules the benchmark programs run with (engines of this executable have the same).
    public var registry: Registry
    /// The state directory (`$SWIFTPX_DIR`).
    public var stateDirectory: String
    /// Starts an embedded cluster: a controller in this process and this many local engine processes; with
    /// `overTCP`, the controller listens on TCP loopback only, so engines and client use the TCP byte path.
    public var startCluster: (_ engines: Int, _ overTCP: Bool) throws -> any BenchCluster
    /// A provider for a cluster started elsewhere, through its client connection file.
    public var attachCluster: (_ clientFile: String) throws -> any ClusterProvider
    /// How many of `samples` random points drawn from `seed` fall inside the quarter circle: the loop of
    /// `examples.monte_carlo_pi`, run in this process as the reference of `bench compute`.
    public var quarterCircle: @Sendable (_ samples: Int, _ seed: Int) -> Int

    /// Describes a host.
    public init(
        registry: Registry, stateDirectory: String, startCluster: @escaping (_ engines: Int, _ overTCP: Bool) throws -> any BenchCluster,
        attachCluster: @escaping (_ clientFile: String) throws -> any ClusterProvider,
        quarterCircle: @escaping @Sendable (_ samples: Int, _ seed: Int) -> Int
    ) {
        self.registry = registry
        self.stateDirectory = stateDirectory
        self.startCluster = startCluster
        self.attachCluster = attachCluster
        self.quarterCircle = quarterCircle
    }
}

/// A cluster a benchmark starts and stops.
public protocol BenchCluster: ClusterProvider {
    /// Stops the engines and the controller; nothing is left running.
    func shutdown()
}
