import PXWire

// MARK: - Requests to the controller

extension ClusterConnection {
    /// Drops queued tasks (all of this client's unfinished ones when `tasks` is empty).
    /// - Throws: `ClientError.closed` if the connection is gone.
    public func abort(_ tasks: [TaskID], engine: EngineID? = nil) throws(ClientError) {
        try send(Envelope(Header(kind: .abortTasks, engine: engine, client: clientIDNow), body: TaskIDList(tasks)))
    }

    /// Interrupts running tasks (whatever runs when `tasks` is empty) with `KeyboardInterrupt`.
    /// - Throws: `ClientError.closed` if the connection is gone.
    public func interrupt(_ tasks: [TaskID], engine: EngineID? = nil) throws(ClientError) {
        try send(Envelope(Header(kind: .interruptTasks, engine: engine, client: clientIDNow), body: TaskIDList(tasks)))
    }

    /// Asks for the queue lengths.
    /// - Throws: `ClientError` when the connection is gone or the controller does not answer in `timeout`.
    public func queueStatus(timeout: Duration = .seconds(10)) throws(ClientError) -> QueueStatus {
        lock.withLock { pendingQueueStatus = nil }
        try send(Envelope(Header(kind: .queueStatusRequest, client: clientIDNow)))
        guard waitFor(timeout: timeout, { $0.pendingQueueStatus != nil }) == .done,
              let status = lock.withLock({ pendingQueueStatus }) else {
            throw ClientError.timeout("queue status")
        }
        return status
    }

    /// The engine table joined with the controller's queue lengths, in ID order. Without an answer from the
    /// controller, queues count 0 and the done column counts this client's tasks.
    public func engineSummaries() -> [EngineSummary] {
        let status = try? queueStatus()
        return engineTable.map { engine in
            let record = engine.record
            let entry = status?.engines.first { $0.engine == record.id }
            return EngineSummary(
                id: record.id, host: record.host, pid: record.pid, state: record.state, note: record.note,
                queued: Int((entry?.queue ?? 0) + (entry?.tasks ?? 0)),
                completed: Int(entry?.completed ?? UInt64(engine.completed)))
        }
    }

    /// Empties the namespaces of `engines` (all when nil) and waits for them to confirm.
    /// - Throws: `ClientError` when the connection is gone or the engines do not confirm in `timeout`.
    public func clear(_ engines: [EngineID]?, timeout: Duration = .seconds(30)) throws(ClientError) {
        let targets = engines ?? engineIDs
        let before = lock.withLock { clearReplies }
        for engine in targets {
            try send(Envelope(Header(kind: .clearNamespace, engine: engine, client: clientIDNow)))
        }
        guard waitFor(timeout: timeout, { $0.clearReplies >= before + targets.count }) == .done else {
            throw ClientError.timeout("clearing the namespaces")
        }
    }

    /// Stops the engines listed, or all (and the controller too with `includingController`), and waits up to
    /// `timeout` for the controller to confirm.
    /// - Throws: `ClientError.closed` if the connection is gone.
    public func shutdown(
        _ engines: [EngineID]? = nil, includingController: Bool, timeout: Duration = .seconds(10)
    ) throws(ClientError) {
        let flags: Header.Flags = includingController ? [.includesController] : []
        let requests = engines.map { list in list.map { Optional($0) } } ?? [nil]
        let before = lock.withLock { shutdownReplies }
        for engine in requests {
            try send(Envelope(Header(kind: .shutdownRequest, flags: flags, engine: engine, client: clientIDNow)))
        }
        _ = waitFor(timeout: timeout) { $0.shutdownReplies >= before + requests.count }
    }

    /// This client's ID (given by the controller when it registered).
    var clientIDNow: ClientID { lock.withLock { clientID } }

    func send(_ envelope: Envelope) throws(ClientError) {
        guard let link else { throw ClientError.closed }
        do { try link.send(envelope) } catch { throw ClientError.closed }
    }
}
