import PXTransport
import PXWire

// MARK: - Incoming messages (on the reading thread)

extension ClusterConnection {
    /// Applies what the link reports, then tells the hooks (outside the lock).
    func handle(_ event: PeerLink.Event) {
        switch event {
        case .closed:
            lock.withLock {
                for record in tasks.values where !record.state.isDone {
                    record.state.failure = TaskFailure(
                        reason: .engineDied, message: "the connection to the controller closed")
                    record.state.received = MonotonicClock.wallClock()
                }
            }
            lock.broadcast()
        case .messages(let envelopes):
            var outputs: [OutputChunk] = []
            var engineChanges: [EngineRecord] = []
            let (hooks, drained) = lock.withLock {
                for envelope in envelopes { handle(envelope, outputs: &outputs, engineChanges: &engineChanges) }
                return (self.hooks, releaseDrainedTasks())
            }
            lock.broadcast()
            if drained {
                // The burst is over: the last large frame's buffer, kept for the next one, goes back too.
                link?.releaseReceiveBuffers()
                FreeMemory.returnToSystemSoon()
            }
            if let sink = hooks.outputSink {
                for chunk in outputs { sink(chunk.engine, chunk.isError, chunk.text) }
            }
            if let listener = hooks.engineListener {
                for record in engineChanges { listener(record) }
            }
        }
    }

    /// After a burst, once no task is unfinished: replaces the grown task table by an empty one (lock held).
    /// - Returns: whether it did (then free memory is worth returning to the system).
    private func releaseDrainedTasks() -> Bool {
        guard tasks.isEmpty, tasks.capacity >= FreeMemory.compactionCapacity else { return false }
        tasks = [:]
        return true
    }

    /// Applies one message to the state (lock held).
    func handle(_ envelope: Envelope, outputs: inout [OutputChunk], engineChanges: inout [EngineRecord]) {
        let header = envelope.header
        switch header.kind {
        case .registerClientReply:
            if let client = header.client { clientID = client }
            if let table = try? EngineTable(decoding: envelope) {
                scheme = table.schemeName
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
            if record.state.engine == nil { record.state.engine = header.engine }
            if header.flags.contains(.publishedData) {
                record.state.published.append(envelope.payload)
                return
            }
            let text = envelope.payload.utf8String
            let isError = header.flags.contains(.stderr)
            record.state.chunks.append(OutputChunk(engine: header.engine, isError: isError, text: text))
            if hooks.showsAllOutput { outputs += unshownOutput(record) }
        case .taskReply:
            guard let id = header.task, let record = tasks[id], !record.state.isDone else { return }
            record.state.engine = header.engine ?? record.state.engine
            record.state.reply = envelope.payload
            record.state.failed = header.flags.contains(.failed)
            var offset: Int64 = 0
            if let engine = record.state.engine {
                offset = engines[engine]?.record.clockOffsetNanoseconds ?? 0
                engines[engine]?.completed += 1
            }
            record.state.times = envelope.times.map {
                TaskTimes(started: $0.started.adding(nanoseconds: offset),
                          completed: $0.completed.adding(nanoseconds: offset))
            }
            record.state.received = MonotonicClock.wallClock()
            // Nothing more arrives for a finished task; whoever waits holds the record itself.
            tasks[id] = nil
        case .taskFailed:
            guard let id = header.task, let record = tasks[id], !record.state.isDone else { return }
            record.state.engine = header.engine ?? record.state.engine
            record.state.failure = (try? TaskFailure(decoding: envelope))
                ?? TaskFailure(reason: .invalid, message: "task \(id) failed")
            record.state.received = MonotonicClock.wallClock()
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
}
