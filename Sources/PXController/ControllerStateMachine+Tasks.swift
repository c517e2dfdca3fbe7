import PXTransport
import PXWire

extension ControllerStateMachine {
    // MARK: - Submission

    mutating func submit(_ envelope: Envelope, from client: ClientID, connection: ConnectionID) {
        guard let task = envelope.header.task, let header = envelope.taskHeader else {
            log(.warning, "\(client) sent submitTask without a task ID; ignored")
            return
        }
        func reject(_ reason: TaskFailure.Reason, _ message: String) {
            send(
                Envelope(
                    Header(kind: .taskFailed, engine: header.target, client: client, task: task),
                    body: TaskFailure(reason: reason, message: message)), to: connection)
        }
        guard task.client == client else { return reject(.invalid, "task ID '\(task)' belongs to another client") }
        guard tasks[task] == nil, finished[task] == nil else {
            return reject(.invalid, "task ID '\(task)' was already submitted")
        }
        if let target = header.target {
            guard Int(target.rawValue) < engines.count, !engines[Int(target.rawValue)].isReserved else {
                return reject(.invalid, "no engine with ID \(target)")
            }
            let slot = engines[Int(target.rawValue)]
            guard slot.isAlive else {
                return reject(
                    .engineDied, "Engine \(target) is not running (\(slot.record.state): \(slot.record.note))")
            }
            engines[Int(target.rawValue)].directOutstanding += 1
        } else {
            unassignedCount += 1
        }
        if lastHeader?.header != header { lastHeader = SharedTaskHeader(header) }
        var record = TaskRecord(id: task, header: lastHeader ?? SharedTaskHeader(header), payload: envelope.payload)
        if let timeout = header.timeout {
            deadlines.insert(Deadline(at: now.monotonic &+ ControllerInstant.nanoseconds(timeout), task: task))
        }
        guard header.hasDependencies else {
            enqueue(record)
            return
        }
        switch DependencyStatus.evaluate(header, finished: finished, isPending: { tasks[$0] != nil }) {
        case .waiting:
            record.state = .waiting
            tasks[task] = record
            for dependency in header.after + header.follow where tasks[dependency] != nil {
                dependents[dependency, default: []].append(task)
            }
        case .ready(let followEngines):
            record.followEngines = followEngines
            enqueue(record)
        case .impossible(let why):
            record.state = .waiting
            tasks[task] = record
            failTask(task, reason: .impossibleDependency, message: why)
        }
    }

    /// Puts a ready task in its queue.
    private mutating func enqueue(_ task: TaskRecord) {
        var record = task
        if let target = record.header.target, let followEngines = record.followEngines, !followEngines.contains(target)
        {
            record.state = .waiting
            tasks[record.id] = record
            failTask(
                record.id, reason: .impossibleDependency,
                message: "follow dependencies ran on another engine than \(target)")
            return
        }
        record.state = .queued
        tasks[record.id] = record
        if let target = record.header.target {
            engines[Int(target.rawValue)].directQueue.append(record.id)
        } else {
            unassigned.append(record.id)
        }
    }

    // MARK: - Completion

    /// A `taskReply` (or an engine's `taskFailed` for a task it skipped) arrived.
    mutating func taskAnswered(_ envelope: Envelope, by engine: EngineID) {
        guard let task = envelope.header.task, let record = tasks[task], record.state == .running(engine) else {
            log(.debug, "engine \(engine) answered unknown task \(envelope.header.task.map { "'\($0)'" } ?? "(none)")")
            return
        }
        let failed = envelope.kind == .taskFailed || envelope.header.flags.contains(.failed)
        let index = Int(engine.rawValue)
        engines[index].completed += 1
        if let times = envelope.times {
            engines[index].window.record(durationNanoseconds: UInt64(times.durationNanoseconds))
        }
        if envelope.kind == .taskReply, envelope.header.flags.contains(.unmetDependency), !record.header.isDirect,
            record.header.flags.contains(.mayBeUnmet) {
            // As ipyparallel's scheduler: the engine is ruled out for this task, which goes to another one (or fails
            // with ImpossibleDependency when none is left); this is no retry.
            requeue(task, excluding: engine, isRetry: false)
            return
        }
        if envelope.kind == .taskReply, failed, !record.header.isDirect, record.retriesUsed < record.header.retries,
            lru.contains(where: { $0 != engine && record.allows($0) })
        {
            requeue(task, excluding: engine, isRetry: true)
            return
        }
        if let destination = clients[record.client] {
            var forwarded = envelope
            forwarded.header.engine = engine
            forwarded.header.client = record.client
            send(forwarded, to: destination)
        }
        finishTask(task, engine: engine, succeeded: !failed)
    }

    /// Fails a task with a controller-made `taskFailed` and forgets it.
    mutating func failTask(_ task: TaskID, reason: TaskFailure.Reason, message: String) {
        guard let record = tasks[task] else { return }
        var engine: EngineID?
        if case .running(let running) = record.state { engine = running }
        if let destination = clients[record.client] {
            let header = Header(
                kind: .taskFailed, engine: engine ?? record.header.target, client: record.client, task: task)
            send(Envelope(header, body: TaskFailure(reason: reason, message: message)), to: destination)
        }
        finishTask(task, engine: engine, succeeded: false)
    }

    /// Forgets a finished task, remembers its outcome for dependencies and wakes its dependents.
    mutating func finishTask(_ task: TaskID, engine: EngineID?, succeeded: Bool) {
        guard let record = tasks.removeValue(forKey: task) else { return }
        release(record)
        finished.insert(task, engine: engine, succeeded: succeeded)
        guard !dependents.isEmpty, let waiting = dependents.removeValue(forKey: task) else { return }
        for dependent in waiting {
            guard let record = tasks[dependent], record.state == .waiting else { continue }
            switch DependencyStatus.evaluate(record.header, finished: finished, isPending: { tasks[$0] != nil }) {
            case .waiting:
                continue
            case .ready(let followEngines):
                var ready = record
                ready.followEngines = followEngines
                enqueue(ready)
            case .impossible(let why):
                failTask(dependent, reason: .impossibleDependency, message: why)
            }
        }
    }

    /// Undoes a task's counters for its current state (the record itself is left alone).
    mutating func release(_ record: TaskRecord) {
        switch record.state {
        case .waiting, .queued:
            if let target = record.header.target {
                engines[Int(target.rawValue)].directOutstanding -= 1
            } else {
                unassignedCount -= 1
            }
        case .running(let engine):
            let index = Int(engine.rawValue)
            if engines[index].inFlight.first == record.id {
                engines[index].inFlight.removeFirst()
            } else if let position = engines[index].inFlight.firstIndex(of: record.id) {
                engines[index].inFlight.remove(at: position)
            }
            if record.header.isDirect {
                engines[index].directOutstanding -= 1
            } else {
                engines[index].balancedOutstanding -= 1
            }
        }
    }

    /// Puts a load-balanced task back at the head of the queue, never to run on `engine` again.
    /// - Parameter isRetry: whether this uses one of the task's `retries` (an unmet dependency does not).
    mutating func requeue(_ task: TaskID, excluding engine: EngineID, isRetry: Bool) {
        guard var record = tasks[task] else { return }
        release(record)
        if !record.blacklist.contains(engine) { record.blacklist.append(engine) }
        if isRetry { record.retriesUsed += 1 }
        record.state = .queued
        tasks[task] = record
        unassignedCount += 1
        guard lru.contains(where: { record.allows($0) }) else {
            let tried = record.blacklist.map(\.description).joined(separator: ", ")
            failTask(
                task, reason: .impossibleDependency,
                message: "no engine left to run task '\(task)' (already tried engines \(tried))")
            return
        }
        unassigned.prepend(task)
        let attempt = isRetry ? "retry \(record.retriesUsed) of \(record.header.retries)" : "unmet dependency"
        log(.info, "task '\(task)' resubmitted after failing on engine \(engine) (\(attempt))")
    }

    // MARK: - Timeouts

    mutating func expireDeadlines() {
        while let first = deadlines.min, first.at <= now.monotonic {
            deadlines.removeMin()
            guard let record = tasks[first.task], record.state.isNotStarted, let timeout = record.header.timeout else {
                continue
            }
            failTask(
                first.task, reason: .timeout,
                message: "task '\(first.task)' waited longer than its timeout of \(timeout)")
        }
    }
}
