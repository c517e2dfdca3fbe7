import PXWire

/// Where a task stands with respect to its `after`/`follow` dependencies.
enum DependencyStatus: Hashable, Sendable {
    /// Some dependencies are still pending.
    case waiting
    /// Met; the task may run, on `followEngines` only when that is not `nil`.
    case ready(followEngines: [EngineID]?)
    /// Can never be met.
    case impossible(String)

    /// Evaluates a task's dependencies.
    /// - Parameters:
    ///   - header: the task's scheduling header.
    ///   - finished: remembered finished tasks.
    ///   - isPending: whether a task is known and not yet finished.
    static func evaluate(_ header: TaskHeader, finished: FinishedTasks, isPending: (TaskID) -> Bool) -> DependencyStatus
    {
        let needsAll = !header.flags.contains(.anyDependency)
        let failureCounts = header.flags.contains(.failureSatisfies)
        enum One { case met(EngineID?), unmeetable(String), pending }
        func status(of task: TaskID) -> One {
            if let entry = finished[task] {
                return entry.succeeded || failureCounts
                    ? .met(entry.engine) : .unmeetable("dependency '\(task)' failed")
            }
            return isPending(task) ? .pending : .unmeetable("dependency '\(task)' is unknown")
        }
        func evaluate(_ list: [TaskID]) -> (state: DependencyStatus, engines: [EngineID]) {
            guard !list.isEmpty else { return (.ready(followEngines: nil), []) }
            var engines: [EngineID] = []
            var anyPending = false
            var anyMet = false
            var firstProblem: String?
            for task in list {
                switch status(of: task) {
                case .met(let engine):
                    anyMet = true
                    if let engine, !engines.contains(engine) { engines.append(engine) }
                case .pending:
                    anyPending = true
                case .unmeetable(let why):
                    if firstProblem == nil { firstProblem = why }
                }
            }
            if needsAll {
                if let firstProblem { return (.impossible(firstProblem), []) }
                return (anyPending ? .waiting : .ready(followEngines: nil), engines)
            }
            if anyMet { return (.ready(followEngines: nil), engines) }
            return (anyPending ? .waiting : .impossible(firstProblem ?? "no dependency can be met"), [])
        }
        let after = evaluate(header.after)
        let follow = evaluate(header.follow)
        for part in [after.state, follow.state] {
            if case .impossible = part { return part }
        }
        if after.state == .waiting || follow.state == .waiting { return .waiting }
        guard !header.follow.isEmpty else { return .ready(followEngines: nil) }
        if needsAll && follow.engines.count > 1 {
            return .impossible("follow dependencies ran on different engines")
        }
        return .ready(followEngines: follow.engines.isEmpty ? nil : follow.engines)
    }
}
