import DequeModule
import PXCodec
import PXRuntime
import PXTransport
import PXWire

#if canImport(Glibc)
import Glibc
#endif

/// An engine process: connects to the controller, runs tasks one at a time on its interpreter, sends their
/// output as it is printed and their replies, and exits when the controller goes away or asks it to stop.
/// When the connection breaks with an error (a network cut, not a clean close) it reconnects for up to one
/// heartbeat limit, so it keeps its ID (see `EngineServer+Reconnecting.swift`).
///
/// The socket is read by the link's background thread while a task runs (so heartbeats, interrupts and aborts
/// are handled at once), and by the main thread itself while it waits for work (so a task wakes it directly).
public final class EngineServer: @unchecked Sendable {
    // @unchecked Sendable: `state` is guarded by `lock`; `kernel` (but for its interpreter's interrupt flag, which
    // is atomic), `sink` and `replySpare` are used only by the thread that calls `run()`.
    enum Work {
        case task(Envelope)
        case clear(ClientID?)
    }

    struct State {
        var queue: Deque<Work> = []
        var running: TaskID?
        var exiting = false
        var engineID: EngineID?
        var timeLimitDeadline: UInt64?
        /// The link in use; events of older links are ignored.
        var link: PeerLink?
        /// How long the controller tolerates silence (from its welcome): the window for reconnecting.
        var heartbeatLimit: Duration?
        /// The link broke with an error and the main loop should reconnect.
        var shouldReconnect = false
    }

    let settings: EngineSettings
    let kernel: EngineKernel
    let lock = ConditionLock()
    var state = State()
    var sink: TaskOutputSink?
    /// The memory of the last large reply, reused for the next one (used only by the thread that calls `run()`).
    var replySpare = SpareBuffer()

    /// Creates an engine over an interpreter (which must be used only from the thread that calls `run()`).
    public init(settings: EngineSettings, interpreter: Interpreter) {
        self.settings = settings
        self.kernel = EngineKernel(interpreter: interpreter)
        kernel.plugins = settings.plugins
        if let rank = settings.mpiRank { interpreter.globals["mpi_rank"] = .int(rank) }
    }

    /// Connects and serves tasks until the controller closes the connection or asks the engine to stop.
    /// - Throws: `EngineError` if connecting or registering fails.
    public func run() throws(EngineError) {
        var link: PeerLink
        do {
            link = try connect(timeout: LinkSettings().handshakeTimeout)
        } catch {
            throw EngineError.connect(error)
        }
        startWatchdog()
        while true {
            lock.lock()
            if state.exiting {
                lock.unlock()
                break
            }
            guard let work = state.queue.popFirst() else {
                lock.unlock()
                try? link.flush()  // nothing held waits while the engine is idle
                link.pump(until: { [self] in lock.withLock { !state.queue.isEmpty || state.exiting } }, timeout: .seconds(1))
                if !link.isOpen {
                    guard let replacement = reconnect(after: link) else { break }
                    link = replacement
                }
                continue
            }
            if case .task(let envelope) = work { state.running = envelope.header.task }
            lock.unlock()
            switch work {
            case .task(let envelope): execute(envelope, link: link)
            case .clear(let client):
                kernel.clearNamespace()
                try? link.send(Envelope(Header(kind: .clearNamespaceReply, engine: engineID, client: client)))
            }
            lock.withLock { state.running = nil }
        }
        link.close()
    }

    var engineID: EngineID? { lock.withLock { state.engineID } }

    func execute(_ envelope: Envelope, link: PeerLink) {
        let header = envelope.header
        let engineID = self.engineID
        kernel.engineID = engineID.map { Int($0.rawValue) }
        sink?.begin(task: header.task, client: header.client, engine: engineID)
        kernel.interpreter.interrupt.clear()
        let started = MonotonicClock.wallClock()
        let (payload, timeLimit) = TaskPayload.split(envelope.payload)
        if let timeLimit {
            lock.withLock { state.timeLimitDeadline = MonotonicClock.nanoseconds() + UInt64(timeLimit * 1e9) }
            lock.broadcast()
        }
        var (result, failed) = kernel.run(payload)
        lock.withLock { state.timeLimitDeadline = nil }
        sink?.flush()
        let completed = MonotonicClock.wallClock()
        let replyPayload: Payload
        do {
            // On one host large arrays go back as sealed memory.
            replyPayload = try result.encoded(
                reusing: &replySpare, segments: link.carriesMemorySegments ? SegmentWriter() : nil)
        } catch {
            let message = "cannot return the result: \(error)"
            result = .error(RemoteErrorInfo(name: "TypeError", message: message, traceback: ["TypeError: \(message)"]))
            failed = true
            replyPayload = Payload((try? result.encoded()) ?? [])
        }
        var flags: Header.Flags = failed ? [.failed] : []
        if failed, case .error(let info) = result, info.name == "UnmetDependency" { flags.insert(.unmetDependency) }
        let reply = Envelope(Header(kind: .taskReply, flags: flags, engine: engineID,
                                    client: header.client, task: header.task),
                             times: TaskTimes(started: started, completed: completed), payload: replyPayload)
        // With more tasks queued here, the reply may wait briefly to share a frame with the next ones (fewer
        // frames to sign, check and route per task); the last one goes out at once.
        if lock.withLock({ state.queue.isEmpty }) {
            try? link.send(reply)
        } else {
            try? link.sendHeld(reply)
        }
    }

    // MARK: - Messages (on the reading thread)

    func handle(_ event: PeerLink.Event, link: PeerLink) {
        switch event {
        case .closed(let error):
            linkClosed(link, error: error)
        case .messages(let envelopes):
            // Queued work needs no wake-up: the main thread checks the queue before it waits (its pump checks
            // the condition first), and while it runs a task it finds the queue afterwards.
            for envelope in envelopes { handle(envelope, link: link) }
        }
    }

    /// Handles one message.
    func handle(_ envelope: Envelope, link: PeerLink) {
        switch envelope.header.kind {
        case .registerEngineReply:
            let id = envelope.header.engine
            lock.withLock { state.engineID = id }  // the main thread passes it to the kernel before each task
            if let welcome = try? EngineWelcome(decoding: envelope) {
                let limit = welcome.heartbeatPeriod * Int(welcome.heartbeatMisses)
                lock.withLock { state.heartbeatLimit = limit }
                link.setIdleTimeout(limit)
            }
        case .runTask:
            lock.withLock { state.queue.append(.task(envelope)) }
        case .clearNamespace:
            lock.withLock { state.queue.append(.clear(envelope.header.client)) }
        case .abortTasks:
            abort(envelope, link: link)
        case .interruptTasks:
            let listed = (try? TaskIDList(decoding: envelope))?.tasks ?? []
            lock.withLock {
                if let running = state.running, listed.isEmpty || listed.contains(running) {
                    kernel.interpreter.interrupt.raise(.keyboardInterrupt)
                }
            }
        case .shutdownRequest:
            lock.withLock {
                state.exiting = true
                state.queue.removeAll()
            }
            lock.broadcast()  // the watchdog exits
            kernel.interpreter.interrupt.raise(.keyboardInterrupt)
            try? link.send(Envelope(Header(kind: .unregisterEngine, engine: engineID)))
        default:
            break
        }
    }

    /// Drops listed tasks that have not started, answering `taskFailed(aborted)` for each.
    func abort(_ envelope: Envelope, link: PeerLink) {
        let listed = Set((try? TaskIDList(decoding: envelope))?.tasks ?? [])
        let client = envelope.header.client
        var dropped: [Envelope] = []
        lock.withLock {
            state.queue.removeAll { work in
                guard case .task(let task) = work, let id = task.header.task else { return false }
                let matches = listed.isEmpty ? (client == nil || task.header.client == client) : listed.contains(id)
                if matches { dropped.append(task) }
                return matches
            }
        }
        for task in dropped {
            let failure = TaskFailure(reason: .aborted, message: "Task \(task.header.task?.description ?? "?") was aborted")
            try? link.send(Envelope(Header(kind: .taskFailed, engine: engineID, client: task.header.client,
                                           task: task.header.task), body: failure))
        }
    }

    // MARK: - Time limits

    /// A thread that interrupts a task when its run-time limit passes.
    func startWatchdog() {
        try? PosixThread.spawn { [self] in
            lock.lock()
            while !state.exiting {
                if let deadline = state.timeLimitDeadline {
                    if MonotonicClock.nanoseconds() >= deadline {
                        kernel.interpreter.interrupt.raise(.timeLimit)
                        state.timeLimitDeadline = nil
                        continue
                    }
                    lock.wait(untilMonotonic: deadline)
                } else {
                    lock.wait(untilMonotonic: MonotonicClock.nanoseconds() + 1_000_000_000)
                }
            }
            lock.unlock()
        }
    }

    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        gethostname(&buffer, buffer.count)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
