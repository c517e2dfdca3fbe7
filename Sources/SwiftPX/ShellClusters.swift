import PXClient
import PXSession
import PXTransport

/// The clusters one shell started for `ipp.Cluster(...)`: built on the embedded controller and the launchers
/// of `swiftpx cluster`, each with its own controller, and all stopped when the shell ends
/// (ipyparallel's `shutdown_atexit`).
final class ShellClusters: @unchecked Sendable {
    // @unchecked Sendable: `made` and `onConnect` are guarded by `lock`.
    let stateDirectory: String
    let plugins: [String]
    let lock = ConditionLock()
    var made: [LocalCluster] = []
    /// Called with each cluster's client connection when a client first connects (the shell shows its output).
    var onConnect: ((ClusterConnection) -> Void)?

    init(stateDirectory: String, plugins: [String]) {
        self.stateDirectory = stateDirectory
        self.plugins = plugins
    }

    /// A cluster as `ipp.Cluster(...)` asked for it; nothing starts until it is used.
    func make(_ request: ClusterRequest) -> any ManagedCluster {
        let cluster = LocalCluster(request: request, stateDirectory: stateDirectory, plugins: plugins)
        lock.withLock {
            cluster.onConnect = onConnect
            made.append(cluster)
        }
        return cluster
    }

    /// Stops every cluster made here (their engines and controllers).
    func stopAll() {
        for cluster in lock.withLock({ made }) { cluster.stop() }
    }
}
