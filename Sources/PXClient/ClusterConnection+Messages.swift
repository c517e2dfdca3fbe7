import PXTransport
import PXWire

// MARK: - Incoming messages (on the reading thread)

extension ClusterConnection {
    func handle(_ event: PeerLink.Event) {
        switch event {
        case .closed:
            lock.withLock {
                for record in tasks.values where !record.isDone {
                    record.failure = TaskFailure(reason: .engineDied, message: "the connection to the controller closed")
                    record.received = MonotonicClock.wallClock()
                }
            }
            lock.broadcast()
        case .messages(let envelopes):
            var outputs: [(EngineID?, Bool, String)] = []
            var engineChanges: [EngineRecord] = []
            lock.withLock {
                for envelope in envelopes { handle(envelope, outputs: &outputs, engineChanges: &engineChanges) }
            }
            lock.broadcast()
            if let sink = outputSink {
                for (engine, isError, text) in outputs { sink(engine, isError, text) }
            }
            if let listener = engineListener {
                for record in engineChanges { listener(record) }
            }
        }
    }

    /// Applies one message to the state (lock held).
    func handle(_ envelope: Envelope, outputs: inout [(EngineID?, Bool, String)], engineChanges: inout [EngineRecord]) {
        let header = envelope.header
        switch header.kind {
        case .registerClientReply:
            if let client = header.client { clientID = client }
            if let table = try? EngineTable(decoding: envelope) {
                schemeName = table.schemeName
                for record in table.engines { engines[record.id] = Engine(record: record) }
            }
            registered = true
        case .engineStatus:
            if let record = try? EngineRecord(decoding: envelope) {
                var engine = engines[record.id] ?? Engine(record: record)
                engine.record = record
                engines[record.id] = engine
                engineChanges.append(record)
            }
        case .taskOutput:
            guard let id = header.task, let record = tasks[id] else { return }
            if record.engine == nil { record.engine = header.engine }
            let text = envelope.payload.utf8String
            let isError = header.flags.contains(.stderr)
            if isError { record.stderr += text } else { record.stdout += text }
            record.chunks.append((header.engine, isError, text))
            if showsAllOutput { outputs += unshownOutput(record) }
        case .taskReply:
            guard let id = header.task, let record = tasks[id], !record.isDone else { return }
            record.engine = header.engine ?? record.engine
            record.reply = envelope.payload.bytes
            record.failed = header.flags.contains(.failed)
            record.times = envelope.times
            if let engine = record.engine {
                record.clockOffset = engines[engine]?.record.clockOffsetNanoseconds ?? 0
                engines[engine]?.completed += 1
            }
            record.received = MonotonicClock.wallClock()
            // Nothing more arrives for a finished task; whoever waits holds the record itself.
            tasks[id] = nil
        case .taskFailed:
            guard let id = header.task, let record = tasks[id], !record.isDone else { return }
            record.engine = header.engine ?? record.engine
            record.failure = (try? TaskFailure(decoding: envelope))
                ?? TaskFailure(reason: .invalid, message: "task \(id) failed")
            record.received = MonotonicClock.wallClock()
            tasks[id] = nil
        case .queueStatusReply:
            pendingQueueStatus = try? QueueStatus(decoding: envelope)
        case .clearNamespaceReply:
            clearReplies += 1
        case .shutdownReply:
            shutdownReplies += 1
        default:
            break
        }
    }

    // MARK: - Requests

    /// Drops queued tasks (all of this client's unfinished ones when `tasks` is empty).
    public func abort(_ tasks: [TaskID], engine: EngineID? = nil) throws(ClientError) {
        try send(Envelope(Header(kind: .abortTasks, engine: engine, client: clientID), body: TaskIDList(tasks)))
    }

    /// Interrupts running tasks (whatever runs when `tasks` is empty) with `KeyboardInterrupt`.
    public func interrupt(_ tasks: [TaskID], engine: EngineID? = nil) throws(ClientError) {
        try send(Envelope(Header(kind: .interruptTasks, engine: engine, client: clientID), body: TaskIDList(tasks)))
    }

    /// Asks for the queue lengths.
    public func queueStatus(timeout: Duration = .seconds(10)) throws(ClientError) -> QueueStatus {
        lock.withLock { pendingQueueStatus = nil }
        try send(Envelope(Header(kind: .queueStatusRequest, client: clientID)))
        guard waitFor(timeout: timeout, { $0.pendingQueueStatus != nil }) == .done,
              let status = lock.withLock({ pendingQueueStatus }) else {
            throw ClientError.timeout("queue status")
        }
        return status
    }

    /// Empties the namespaces of `engines` (all when nil) and waits for them to confirm.
    public func clear(_ engines: [EngineID]?, timeout: Duration = .seconds(30)) throws(ClientError) {
        let targets = engines ?? engineIDs
        let before = lock.withLock { clearReplies }
        for engine in targets {
            try send(Envelope(Header(kind: .clearNamespace, engine: engine, client: clientID)))
        }
        guard waitFor(timeout: timeout, { $0.clearReplies >= before + targets.count }) == .done else {
            throw ClientError.timeout("clearing the namespaces")
        }
    }

    /// Stops the engines listed, or all (and the controller too with `includingController`).
    public func shutdown(
        _ engines: [EngineID]? = nil, includingController: Bool, timeout: Duration = .seconds(10)
    ) throws(ClientError) {
        let flags: Header.Flags = includingController ? [.includesController] : []
        let requests = engines.map { list in list.map { Optional($0) } } ?? [nil]
        let before = lock.withLock { shutdownReplies }
        for engine in requests {
            try send(Envelope(Header(kind: .shutdownRequest, flags: flags, engine: engine, client: clientID)))
        }
        _ = waitFor(timeout: timeout) { $0.shutdownReplies >= before + requests.count }
    }

    func send(_ envelope: Envelope) throws(ClientError) {
        guard let link else { throw ClientError.closed }
        do { try link.send(envelope) } catch { throw ClientError.closed }
    }

    /// The record of an unfinished task submitted by this client.
    public func record(_ id: TaskID) -> TaskRecord? { lock.withLock { tasks[id] } }

    /// Number of tasks submitted and not finished.
    public var outstandingCount: Int { lock.withLock { tasks.count } }
}

/// Why a client request failed.
public struct ClientError: Error, CustomStringConvertible, Sendable {
    enum Base: Sendable {
        case connect(String)
        case closed
        case timeout(String)
    }

    let base: Base

    /// The controller could not be reached.
    public static func connect(_ why: String) -> ClientError { ClientError(base: .connect(why)) }
    /// The connection to the controller is closed.
    public static let closed = ClientError(base: .closed)
    /// The controller did not answer in time.
    public static func timeout(_ what: String) -> ClientError { ClientError(base: .timeout(what)) }

    public var description: String {
        switch base {
        case .connect(let why): return "cannot connect to the controller: \(why)"
        case .closed: return "the connection to the controller is closed"
        case .timeout(let what): return "the controller did not answer in time (\(what))"
        }
    }
}
