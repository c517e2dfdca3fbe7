import PXSession
import PXTransport
import PXWire

extension ClusterManager {
    // MARK: - Waiting for engines

    /// Waits until `engineCount` engines are registered, reporting progress. Fails at once when the
    /// controller or a launcher process ends first, or the batch job leaves the queue, since the missing
    /// engines can then never come.
    static func waitForEngines(
        _ settings: ClusterSettings, _ state: ClusterState, _ connection: ClusterConnection,
        shouldStop: () -> Bool, report: (Event) -> Void
    ) throws(ClusterError) -> [EngineRecord] {
        let started = MonotonicClock.nanoseconds()
        let deadline = started &+ MonotonicClock.nanoseconds(in: settings.engineTimeout)
        var ended: [String: ProcessExitStatus] = [:]
        var lastJobCheck: UInt64 = 0
        var jobState: String?
        while true {
            let engines = connection.engineTable.map(\.record).filter { $0.state == .registered }
            let now = MonotonicClock.nanoseconds()
            report(
                .progress(
                    registered: engines.count, expected: settings.engineCount,
                    elapsed: .nanoseconds(Int64(now &- started))))
            if engines.count >= settings.engineCount { return engines }
            if shouldStop() { throw ClusterError.interrupted }
            var why: String?
            if let controller = state.controller, let status = ProcessControl.reap(controller.pid) {
                why = "the controller ended with \(status)"
            }
            for process in state.processes where ended[process.name] == nil {
                if let status = ProcessControl.reap(process.pid) { ended[process.name] = status }
            }
            if why == nil, let name = ended.keys.sorted().first, let status = ended[name] {
                why = "\(name) ended with \(status)"
            }
            if why == nil, let jobID = state.jobID, now &- lastJobCheck > 2_000_000_000 {
                lastJobCheck = now
                jobState = Self.jobState(jobID, settings: settings)
                if let jobState, Self.isFinal(jobState) { why = "batch job \(jobID) is \(jobState)" }
            }
            if why == nil && now >= deadline { why = "timed out after \(settings.engineTimeout)" }
            if let why {
                throw ClusterError.enginesMissing(
                    missingReport(settings, state, registered: engines, reason: why, ended: ended, jobState: jobState))
            }
            // A closed connection returns at once; the controller's end is then noticed above.
            if connection.waitForEngines(settings.engineCount, timeout: pollInterval) == .closed { pause() }
        }
    }

    /// The state of a batch job (`PENDING`, `RUNNING`, …), `GONE` when the queue no longer lists it, or `nil`
    /// when `squeue` cannot say.
    static func jobState(_ jobID: String, settings: ClusterSettings) -> String? {
        guard
            let outcome = try? ProcessControl.run(
                [settings.squeueCommand, "-h", "-j", jobID, "-o", "%T"],
                timeout: .seconds(10)),
            outcome.isSuccess
        else { return nil }
        let text = outcome.output.split(separator: "\n").first.map { String($0.trimmingSpaces()) } ?? ""
        return text.isEmpty ? "GONE" : text
    }

    /// Whether a job state means the job will start no more engines.
    static func isFinal(_ jobState: String) -> Bool {
        !["PENDING", "RUNNING", "CONFIGURING", "COMPLETING", "REQUEUED", "RESIZING", "SUSPENDED"].contains(jobState)
    }

    /// The message naming what did not come up.
    static func missingReport(
        _ settings: ClusterSettings, _ state: ClusterState, registered: [EngineRecord],
        reason: String, ended: [String: ProcessExitStatus], jobState: String?
    ) -> String {
        var lines = [
            "only \(registered.count) of \(settings.engineCount) engines registered (\(reason); launcher "
                + "\(settings.launcher), profile \(settings.profile))"
        ]
        if !registered.isEmpty {
            lines.append(
                "  registered: "
                    + registered.sorted { $0.id < $1.id }
                    .map { "engine \($0.id) (pid \($0.pid) on \($0.host))" }.joined(separator: ", "))
        }
        let registeredPIDs = Set(registered.filter { $0.host == state.localHost }.map(\.pid))
        switch settings.launcher {
        case .mpi, .slurm:
            let ids = Set(registered.map { Int($0.id.rawValue) })
            let missing = (0..<settings.engineCount).filter { !ids.contains($0) }
            let label = settings.launcher == .mpi ? "MPI ranks" : "Slurm tasks (SLURM_PROCID)"
            if !missing.isEmpty {
                lines.append("  missing: \(label) \(missing.map(String.init).joined(separator: ", "))")
            }
        case .local, .ssh:
            break
        }
        if let jobID = state.jobID {
            lines.append("  batch job \(jobID): \(jobState ?? "state unknown (squeue gave no answer)")")
            lines.append("  job output: \(settings.paths.logDirectory)/slurm-\(jobID).log")
        }
        for process in state.processes {
            if settings.launcher == .local && registeredPIDs.contains(process.pid) { continue }
            let how = ended[process.name].map { "ended with \($0)" } ?? "is still running"
            let tail = ProcessControl.tail(process.log)
            lines.append(
                "  \(process.name) (pid \(process.pid)) \(how)"
                    + (tail.isEmpty ? "; its log \(process.log) is empty" : "; the end of \(process.log):\n" + tail))
        }
        if let controller = state.controller {
            let tail = ProcessControl.tail(controller.log, lines: 4)
            if !tail.isEmpty { lines.append("  the end of the controller's log \(controller.log):\n" + tail) }
        }
        return lines.joined(separator: "\n")
    }
}
