import PXSession
import PXTransport
import PXWire

#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

extension ClusterManager {
    /// What `stop` did.
    public struct Stopped: Sendable {
        /// The cluster's ID.
        public var clusterID: String
        /// Whether the controller was running and took the shutdown request.
        public var wasRunning: Bool
        /// Processes that had to be killed (they did not exit when asked).
        public var killed: [String]
        /// Cleanup commands that failed, with why.
        public var problems: [String]
    }

    // MARK: - stop

    /// Stops the profile's cluster: engines and controller are asked to shut down, the launcher's cleanup
    /// runs (`scancel`, removal of copied connection files), processes that are still alive are terminated
    /// (SIGTERM, then SIGKILL), and the connection files and state file are removed. Works the same after a
    /// crash of any part.
    /// - Parameter settings: the state directory and profile (other fields are not used).
    /// - Returns: what was done.
    /// - Throws: ``ClusterError/noCluster(profile:)`` (exit 11) when the profile has no cluster.
    public static func stop(_ settings: ClusterSettings) throws(ClusterError) -> Stopped {
        try settings.validate()
        let paths = settings.paths
        let lock = try ProfileLock(paths)
        defer { lock.release() }
        guard let state = try ClusterState.read(path: paths.stateFile) else {
            throw ClusterError.noCluster(profile: settings.profile)
        }
        return stop(state, paths: paths, grace: .seconds(5))
    }

    /// Stops everything `state` records (see ``stop(_:)``), allowing `grace` for processes to exit after the
    /// shutdown request before they are signalled.
    static func stop(_ state: ClusterState, paths: ClusterPaths, grace: Duration) -> Stopped {
        var result = Stopped(clusterID: state.clusterID, wasRunning: false, killed: [], problems: [])
        if let controller = state.controller,
            ProcessProbe.isRunning(controller.pid, commandContaining: controller.marker),
            let connection = try? connect(state, timeout: .seconds(5))
        {
            result.wasRunning = (try? connection.shutdown(includingController: true, timeout: .seconds(5))) != nil
            connection.close()
        }
        for command in state.stopCommands {
            guard
                let outcome = try? ProcessControl.run(
                    command.arguments, standardInput: command.standardInput,
                    timeout: .seconds(15)),
                outcome.isSuccess
            else {
                result.problems.append("the \(command.name) failed: \(command.arguments.joined(separator: " "))")
                continue
            }
        }
        var processes = ([state.controller].compactMap { $0 } + state.processes)
        for engine in state.engines where engine.host == state.localHost {
            processes.append(
                ClusterState.Process(
                    name: "engine \(engine.id)", pid: engine.pid, log: "",
                    marker: state.clusterID))
        }
        // Without a controller to pass the shutdown on, nothing will exit by itself soon: signal at once.
        result.killed = terminate(processes, grace: result.wasRunning ? grace : .milliseconds(300))
        for file in [state.clientFile, state.engineFile, paths.jobScript(state.clusterID), paths.stateFile] {
            unlink(file)
        }
        return result
    }

    /// Waits up to `grace` for the processes to exit by themselves, then sends SIGTERM to the ones left, then
    /// SIGKILL after 2 s more. Children of this process are reaped.
    /// - Returns: the names of the processes that had to be signalled.
    static func terminate(_ processes: [ClusterState.Process], grace: Duration) -> [String] {
        func alive() -> [ClusterState.Process] {
            processes.filter { process in
                _ = ProcessControl.reap(process.pid)
                return ProcessProbe.isRunning(process.pid, commandContaining: process.marker)
            }
        }
        func waitForExit(_ duration: Duration) -> [ClusterState.Process] {
            let deadline = MonotonicClock.nanoseconds() &+ MonotonicClock.nanoseconds(in: duration)
            var left = alive()
            while !left.isEmpty && MonotonicClock.nanoseconds() < deadline {
                pause()
                left = alive()
            }
            return left
        }
        let stubborn = waitForExit(grace)
        for process in stubborn { ProcessControl.signal(process.pid, SIGTERM) }
        for process in waitForExit(.seconds(2)) { ProcessControl.signal(process.pid, SIGKILL) }
        _ = waitForExit(.seconds(1))
        return stubborn.map { "\($0.name) (pid \($0.pid))" }
    }
}
