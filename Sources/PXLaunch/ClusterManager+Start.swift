import PXSession
import PXTransport
import PXWire

#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

extension ClusterManager {
    // MARK: - start

    /// Starts a detached controller and the engines, and waits until all engines have registered.
    ///
    /// Each process is written to the state file as soon as it exists. If anything fails — the controller
    /// does not come up, a launcher command fails, an engine process exits, or the engines are not all there
    /// by ``ClusterSettings/engineTimeout`` — everything started is stopped before the error is thrown.
    /// - Parameters:
    ///   - settings: what to start.
    ///   - shouldStop: polled while waiting; `true` (the user pressed Ctrl-C) stops everything started and
    ///     throws ``ClusterError/interrupted``. Default: never.
    ///   - report: called with notices and progress, on the calling thread.
    /// - Returns: the running cluster.
    /// - Throws: ``ClusterError``: already running (exit 10), invalid settings, interrupted, or what did not come up.
    public static func start(
        _ settings: ClusterSettings, shouldStop: () -> Bool = { false }, report: (Event) -> Void
    ) throws(ClusterError) -> Started {
        var settings = settings
        try settings.validate()
        try makeDirectories(settings)
        let lock = try ProfileLock(settings.paths)
        defer { lock.release() }
        let paths = settings.paths
        if let old = try ClusterState.read(path: paths.stateFile) {
            if let running = old.runningProcesses.first {
                throw ClusterError.alreadyRunning(profile: settings.profile, pid: running.pid)
            }
            _ = stop(old, paths: paths, grace: .zero)
            report(.notice("removed the files of cluster \(old.clusterID), which is no longer running"))
        }
        if settings.launcher == .mpi { try addMPIDefaults(&settings) }
        let clusterID = makeClusterID()
        let context = LaunchContext(settings: settings, clusterID: clusterID)
        let launcher = settings.launcher.launcher
        let steps = try launcher.startSteps(context)
        var state = ClusterState(
            clusterID: clusterID, profile: settings.profile, launcher: settings.launcher,
            engineCount: settings.engineCount, created: time(nil), localHost: hostName(),
            clientFile: paths.clientFile(clusterID), engineFile: context.engineFile)
        state.stopCommands = launcher.stopCommands(context, jobID: nil)
        try state.write(path: paths.stateFile)
        do throws(ClusterError) {
            let connection = try startController(settings, &state, report: report)
            defer { connection.close() }
            for step in steps {
                if shouldStop() { throw ClusterError.interrupted }
                try perform(step, context: context, launcher: launcher, &state, report: report)
            }
            if settings.launcher == .local {
                let pids = state.processes.map { String($0.pid) }
                let shown =
                    pids.count > 8 ? pids.prefix(8).joined(separator: ", ") + ", …" : pids.joined(separator: ", ")
                report(.notice("started \(pids.count) engine process\(pids.count == 1 ? "" : "es") (pids \(shown))"))
            }
            let engines = try waitForEngines(settings, state, connection, shouldStop: shouldStop, report: report)
            state.engines = engines.map { ClusterState.Engine(id: $0.id.rawValue, host: $0.host, pid: $0.pid) }
            try state.write(path: paths.stateFile)
            let address = (try? ConnectionInfo.read(path: state.clientFile))?.addresses.first?.description ?? "?"
            return Started(state: state, address: address, engines: engines)
        } catch {
            // Whatever did not come up may hang: a short grace, then signals.
            _ = stop(state, paths: paths, grace: .seconds(1))
            throw error.appending("everything started was stopped; logs are in \(paths.logDirectory)")
        }
    }

    /// Adds the flags the local MPI needs (Open MPI: oversubscription, running as root).
    static func addMPIDefaults(_ settings: inout ClusterSettings) throws(ClusterError) {
        let outcome: ProcessOutput
        do {
            outcome = try ProcessControl.run([settings.mpiCommand, "--version"], timeout: settings.commandTimeout)
        } catch {
            throw ClusterError.launchFailed("\(error); is MPI installed (Debian: apt-get install openmpi-bin)?")
        }
        let added = MPILauncher.defaultArguments(
            versionOutput: outcome.output, isRoot: geteuid() == 0, given: settings.mpiArguments)
        settings.mpiArguments = added + settings.mpiArguments
    }

    /// Starts the controller, waits for its client connection file, and connects to it.
    static func startController(
        _ settings: ClusterSettings, _ state: inout ClusterState,
        report: (Event) -> Void
    ) throws(ClusterError) -> ClusterConnection {
        let paths = settings.paths
        var arguments = [
            settings.executable, "controller", "--ip", settings.controllerIP, "--port", String(settings.controllerPort),
            "--dir", paths.profileDirectory, "--cluster-id", state.clusterID,
            "--heartbeat-period", secondsText(settings.heartbeatPeriod),
            "--heartbeat-misses", String(settings.heartbeatMisses),
        ]
        if let location = settings.location { arguments += ["--location", location] }
        let log = paths.log("controller")
        let pid = try ProcessControl.startDetached(arguments, log: log)
        state.controller = ClusterState.Process(name: "controller", pid: pid, log: log, marker: state.clusterID)
        try state.write(path: paths.stateFile)
        let deadline = MonotonicClock.nanoseconds() &+ MonotonicClock.nanoseconds(in: settings.controllerTimeout)
        while (try? ConnectionInfo.read(path: state.clientFile)) == nil {
            if let status = ProcessControl.reap(pid) {
                throw ClusterError.controllerFailed(
                    "it ended with \(status); the end of \(log):\n\(ProcessControl.tail(log))")
            }
            guard MonotonicClock.nanoseconds() < deadline else {
                throw ClusterError.controllerFailed(
                    "no connection file after \(settings.controllerTimeout); the end of \(log):\n"
                        + ProcessControl.tail(log))
            }
            pause()
        }
        let connection = try connect(state, timeout: settings.controllerTimeout)
        let address = (try? ConnectionInfo.read(path: state.clientFile))?.addresses.first?.description ?? "?"
        report(.notice("controller started (pid \(pid)), listening on \(address)"))
        return connection
    }

    /// Carries out one launch step, recording what it started (in the state file too, when `persist`).
    static func perform(
        _ step: LaunchStep, context: LaunchContext, launcher: any EngineLauncher,
        _ state: inout ClusterState, persist: Bool = true, report: (Event) -> Void
    ) throws(ClusterError) {
        let settings = context.settings
        switch step {
        case .writeFile(let path, let contents, let mode):
            try ClusterState.writeAtomically(path: path, bytes: Array(contents.utf8), mode: mode_t(mode))
        case .run(let command):
            let outcome = try ProcessControl.run(
                command.arguments, standardInput: command.standardInput,
                timeout: settings.commandTimeout)
            guard outcome.isSuccess else {
                throw ClusterError.launchFailed(Self.failure(command, outcome, timeout: settings.commandTimeout))
            }
        case .submit(let command):
            let outcome = try ProcessControl.run(command.arguments, timeout: settings.commandTimeout)
            guard outcome.isSuccess,
                let jobID = SlurmLauncher.jobID(fromSubmitOutput: outcome.output)
            else {
                throw ClusterError.launchFailed(Self.failure(command, outcome, timeout: settings.commandTimeout))
            }
            state.jobID = jobID
            state.stopCommands = launcher.stopCommands(context, jobID: jobID)
            if persist { try state.write(path: settings.paths.stateFile) }
            report(.notice("submitted batch job \(jobID)"))
        case .start(let command, let engines):
            let log = settings.paths.log(command.logName)
            let pid = try ProcessControl.startDetached(
                command.arguments, log: log,
                standardInput: command.standardInput)
            state.processes.append(
                ClusterState.Process(
                    name: command.name, pid: pid, log: log,
                    marker: context.clusterID, host: command.host))
            if persist { try state.write(path: settings.paths.stateFile) }
            if settings.launcher != .local {
                let what = engines == 1 ? "1 engine" : "\(engines) engines"
                report(.notice("started \(command.name) (pid \(pid)) for \(what)"))
            }
        }
    }

    /// `sbatch failed (exit status 1): <output>`.
    static func failure(_ command: LaunchCommand, _ outcome: ProcessOutput, timeout: Duration) -> String {
        let how = outcome.timedOut ? "did not finish within \(timeout)" : "failed (\(outcome.exitStatus))"
        let output = outcome.output.split(separator: "\n").suffix(6).map { "    " + $0 }.joined(separator: "\n")
        return "the \(command.name) \(how): \(command.arguments.joined(separator: " "))"
            + (output.isEmpty ? "" : "\n" + output)
    }
}

extension ClusterError {
    /// The same error with a final line added.
    func appending(_ line: String) -> ClusterError {
        switch base {
        case .invalidSettings, .alreadyRunning, .noCluster, .interrupted: return self
        default: return ClusterError.launchFailed(description + "\n" + line)
        }
    }
}
