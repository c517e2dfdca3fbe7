import PXTransport
import PXWire

/// Where a profile's cluster keeps its files: `<state>/profile_<name>/` holds the state file `cluster.json`
/// (the pid file of everything started), the connection files, the Slurm job script, and `log/`.
public struct ClusterPaths: Hashable, Sendable {
    /// The profile's directory (mode 0700).
    public let profileDirectory: String

    /// The paths of `profile` under `stateDirectory`.
    /// - Parameters:
    ///   - stateDirectory: `$SWIFTPX_DIR`.
    ///   - profile: the profile name.
    public init(stateDirectory: String, profile: String) {
        let base = stateDirectory.hasSuffix("/") ? String(stateDirectory.dropLast()) : stateDirectory
        profileDirectory = base + "/profile_" + profile
    }

    /// The state file: what was started, with process IDs, so that `stop` works after any crash.
    public var stateFile: String { profileDirectory + "/cluster.json" }
    /// Where the controller's and launchers' output goes.
    public var logDirectory: String { profileDirectory + "/log" }

    /// The client connection file of a cluster (what `swiftpx --connect` takes).
    /// - Parameter clusterID: the cluster's ID.
    public func clientFile(_ clusterID: String) -> String {
        profileDirectory + "/" + ConnectionInfo.fileName(role: .client, clusterID: clusterID)
    }

    /// The engine connection file of a cluster.
    /// - Parameter clusterID: the cluster's ID.
    public func engineFile(_ clusterID: String) -> String {
        profileDirectory + "/" + ConnectionInfo.fileName(role: .engine, clusterID: clusterID)
    }

    /// The `sbatch` script of a cluster.
    /// - Parameter clusterID: the cluster's ID.
    public func jobScript(_ clusterID: String) -> String {
        profileDirectory + "/swiftpx-\(clusterID).sbatch"
    }

    /// A log file.
    /// - Parameter name: e.g. `controller`, `engine-0`.
    public func log(_ name: String) -> String {
        logDirectory + "/\(name).log"
    }
}
