import PXTransport

#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// Engines a launcher brought up for a controller that runs elsewhere — embedded in a shell that made an
/// `ipp.Cluster(engines='mpi')`: the launch steps of `swiftpx cluster start` (`mpiexec`, `ssh`, `sbatch`),
/// without its controller and its state file. The processes are children of this process; ``stop()`` runs
/// the launcher's cleanup and ends whatever is left.
public final class EngineSet: @unchecked Sendable {
    // @unchecked Sendable: `state` is guarded by `lock`; the rest is set once.
    /// The settings the engines were started with.
    public let settings: ClusterSettings
    let lock = ConditionLock()
    var state: ClusterState

    init(settings: ClusterSettings, state: ClusterState) {
        self.settings = settings
        self.state = state
    }

    /// Starts `settings.engineCount` engines through `settings.launcher`, each reading `engineFile`.
    /// - Parameters:
    ///   - settings: the launcher, hosts, engine count and the like; logs go to the profile's log directory.
    ///   - clusterID: the cluster's ID (in process command lines and file names).
    ///   - engineFile: the engine connection file written by the controller.
    /// - Returns: the engine set; its engines may still be registering.
    /// - Throws: ``ClusterError`` when a launch step fails (whatever it started is stopped first).
    public static func start(_ settings: ClusterSettings, clusterID: String, engineFile: String)
        throws(ClusterError) -> EngineSet
    {
        var settings = settings
        try settings.validate()
        try ClusterManager.makeDirectories(settings)
        if settings.launcher == .mpi { try ClusterManager.addMPIDefaults(&settings) }
        let context = LaunchContext(settings: settings, clusterID: clusterID, engineFile: engineFile)
        let launcher = settings.launcher.launcher
        var state = ClusterState(
            clusterID: clusterID, profile: settings.profile, launcher: settings.launcher,
            engineCount: settings.engineCount, created: time(nil), localHost: ClusterManager.hostName(),
            clientFile: "", engineFile: engineFile)
        state.stopCommands = launcher.stopCommands(context, jobID: nil)
        do throws(ClusterError) {
            for step in try launcher.startSteps(context) {
                try ClusterManager.perform(step, context: context, launcher: launcher, &state, persist: false) { _ in }
            }
        } catch {
            EngineSet(settings: settings, state: state).stop()
            throw error
        }
        return EngineSet(settings: settings, state: state)
    }

    /// Launcher processes that ended, with how (an `mpiexec` that failed), for error messages.
    public func problems() -> [String] {
        lock.withLock { state.processes }.compactMap { process in
            ProcessControl.reap(process.pid).map { "\(process.name) (pid \(process.pid)) ended with \($0)" }
        }
    }

    /// Sends `signal` to the launcher processes (`mpiexec` passes it on to its ranks; `ssh` to its remote
    /// command).
    public func signal(_ signal: Int32) {
        for process in lock.withLock({ state.processes }) { ProcessControl.signal(process.pid, signal) }
    }

    /// Runs the launcher's cleanup (`scancel`, removing copied connection files) and ends the launcher
    /// processes that are still running (they exit by themselves once their engines were told to stop).
    public func stop() {
        let state = lock.withLock { self.state }
        for command in state.stopCommands {
            _ = try? ProcessControl.run(command.arguments, standardInput: command.standardInput, timeout: .seconds(15))
        }
        _ = ClusterManager.terminate(state.processes, grace: .seconds(2))
    }
}
