import PXTransport
import PXWire

/// Everything the client knows about one submitted task: what was sent (immutable), and what the controller and
/// the engine reported since (changed on the thread that reads the socket, under the owning connection's lock).
///
/// Code outside the session reads it through ``snapshot`` or ``isDone``, which take that lock themselves; the
/// encoded reply is handed over once by ``takeReply()``.
public final class TaskRecord: @unchecked Sendable {
    // @unchecked Sendable: `state` is only touched with `lock` held; everything else is immutable.
    /// The task's ID (`client:sequence`).
    public let id: TaskID
    /// The engine it was sent to (direct tasks), or nil (load-balanced).
    public let target: EngineID?
    /// How many items it carries (map chunks), for progress.
    public let itemCount: Int
    /// When the client sent it.
    public let submitted: Timestamp
    /// Whether its output goes to the connection's output sink as it arrives (`%px --no-stream` shows it grouped
    /// afterwards instead).
    public let showsOutput: Bool

    /// The owning connection's lock, which guards `state`.
    let lock: ConditionLock
    /// What arrived so far (guarded by `lock`).
    var state = State()

    /// The mutable part of a record.
    struct State {
        /// The engine that ran it (known once output, a reply or a failure arrives).
        var engine: EngineID?
        var stdout = ""
        var stderr = ""
        /// The reply payload (encoded `TaskResult`) until ``TaskRecord/takeReply()`` hands it over.
        var reply: Payload?
        /// Whether the reply is an error raised on the engine.
        var failed = false
        /// When the engine started and completed it, on the engine's clock.
        var times: TaskTimes?
        /// The engine's clock offset to the controller's when the reply arrived (nanoseconds).
        var clockOffset: Int64 = 0
        /// Why it did not run, if the controller or engine reported a failure instead of a reply.
        var failure: TaskFailure?
        /// When the client got the reply or failure.
        var received: Timestamp?
        /// Output chunks in arrival order, with the engine that printed each (a retried task prints on two).
        var chunks: [OutputChunk] = []
        /// How many chunks have been shown.
        var shownChunks = 0
        /// The dicts the task published with `publish_data` (encoded values), in arrival order.
        var published: [Payload] = []

        /// Whether a reply or failure has arrived.
        var isDone: Bool { received != nil }
    }

    init(id: TaskID, target: EngineID?, itemCount: Int, submitted: Timestamp, showsOutput: Bool, lock: ConditionLock) {
        self.id = id
        self.target = target
        self.itemCount = itemCount
        self.submitted = submitted
        self.showsOutput = showsOutput
        self.lock = lock
    }

    /// Whether a reply or failure has arrived.
    public var isDone: Bool { lock.withLock { state.isDone } }

    /// What is known about the task now, read consistently.
    public var snapshot: TaskSnapshot { lock.withLock { snapshotLocked } }

    /// The snapshot; the caller holds the lock.
    var snapshotLocked: TaskSnapshot {
        let offset = state.clockOffset
        return TaskSnapshot(
            id: id, itemCount: itemCount, engine: state.engine, status: statusLocked, stdout: state.stdout,
            stderr: state.stderr, submitted: submitted,
            started: state.times.map { $0.started.adding(nanoseconds: offset) },
            completed: state.times.map { $0.completed.adding(nanoseconds: offset) },
            received: state.received, failure: state.failure)
    }

    /// The status as the wire reported it; the caller holds the lock.
    var statusLocked: TaskStatus {
        guard state.isDone else { return .pending }
        if let failure = state.failure { return failure.reason == .aborted ? .aborted : .error }
        return state.failed ? .error : .ok
    }

    /// The dicts the task published with `publish_data` so far (encoded values), in the order it published them.
    public var publishedData: [Payload] { lock.withLock { state.published } }

    /// Hands over the encoded reply (a `TaskResult`) once it arrived, and forgets it, so the buffer it arrived in
    /// can be reused: the caller keeps the decoded outcome. Returns nil before the reply, after a failure, and
    /// on every call after the first.
    public func takeReply() -> Payload? {
        lock.withLock {
            defer { state.reply = nil }
            return state.reply
        }
    }
}

/// One piece of a task's output as it arrived.
struct OutputChunk {
    /// The engine that printed it.
    var engine: EngineID?
    /// Whether it went to stderr.
    var isError: Bool
    var text: String
}
