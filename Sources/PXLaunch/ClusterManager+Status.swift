import PXSession
import PXTransport
import PXWire

extension ClusterManager {
    /// What `status` found.
    public struct Status: Sendable {
        /// The saved state.
        public var state: ClusterState
        /// Whether the controller process runs.
        public var isControllerRunning: Bool
        /// The controller's address, when it answered.
        public var address: String?
        /// The engines as the controller reports them (every engine ever registered, in ID order); when the
        /// controller does not answer, the engines saved at start, shown with state `unknown`.
        public var engines: [EngineRecord]
        /// Why the controller did not answer, if it did not.
        public var problem: String?
    }

    // MARK: - status

    /// Reports the profile's cluster: whether its controller runs, and its engines with host, pid and state.
    /// - Parameter settings: the state directory and profile.
    /// - Returns: the report.
    /// - Throws: ``ClusterError/noCluster(profile:)`` when the profile has no cluster.
    public static func status(_ settings: ClusterSettings) throws(ClusterError) -> Status {
        try settings.validate()
        guard let state = try ClusterState.read(path: settings.paths.stateFile) else {
            throw ClusterError.noCluster(profile: settings.profile)
        }
        let running = state.controller.map { ProcessProbe.isRunning($0.pid, commandContaining: $0.marker) } ?? false
        var status = Status(state: state, isControllerRunning: running, address: nil, engines: [], problem: nil)
        guard running else {
            status.problem =
                "the controller is not running; 'swiftpx cluster stop"
                + "\(ClusterError.profileFlag(state.profile))' cleans up"
            return status
        }
        do {
            let connection = try connect(state, timeout: .seconds(5))
            defer { connection.close() }
            status.engines = connection.engineTable.map(\.record)
            status.address = (try? ConnectionInfo.read(path: state.clientFile))?.addresses.first?.description
        } catch {
            status.problem = error.description
        }
        return status
    }
}
