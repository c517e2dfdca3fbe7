import PXTransport
import PXWire

/// Everything the client knows about one submitted task: what was sent (immutable), and what the controller and
/// the engine reported since (changed on the thread that reads the socket, under the owning connection's lock).
///
/// Code outside the session reads it through ``snapshot`` or ``isDone``, which take that lock themselves; the
/// encoded reply is handed over once by ``takeReply()``.
public final class TaskRecord: @unchecked Sendable {
    // @unchecked Sendable: `state` is only touched with `lock` held; everything else is immutable.
    // A queued task costs this object (184 bytes, a test pins it) and a slot in the connection's table of unfinished
    // tasks; the fields are ordered so that Swift, which lays them out in declaration order, leaves no holes.
    /// The task's ID (`client:sequence`).
    public let id: TaskID
    /// The engine it was sent to (direct tasks), or nil (load-balanced).
    public let target: EngineID?
    /// Whether its output goes to the connection's output sink as it arrives (`%px --no-stream` shows it grouped
    /// afterwards instead).
    public let showsOutput: Bool
    private let items: UInt32
    /// When the client sent it.
    public let submitted: Timestamp

    /// The owning connection's lock, which guards `state`.
    let lock: ConditionLock
    /// What arrived so far (guarded by `lock`).
    var state = State()

    /// The mutable part of a record.
    struct State {
        /// The reply payload (encoded `TaskResult`) until ``TaskRecord/takeReply()`` hands it over.
        var reply: Payload?
        /// When the engine started and completed it, on the controller's clock (the engine's clock offset to the
        /// controller's when the reply arrived is added on arrival).
        var times: TaskTimes?
        /// Whether the reply is an error raised on the engine.
        var failed = false
        /// The engine that ran it (known once output, a reply or a failure arrives).
        var engine: EngineID?
        /// How many chunks have been shown.
        var shownChunks: UInt32 = 0
        /// ``received``, or 0 before (an optional would take 16 bytes).
        private var receivedAt = Timestamp(rawValue: 0)
        /// Why it did not run, if the controller or engine reported a failure instead of a reply.
        var failure: TaskFailure?
        /// Output chunks in arrival order, with the engine that printed each (a retried task prints on two).
        var chunks: [OutputChunk] = []
        /// The dicts the task published with `publish_data` (encoded values), in arrival order.
        var published: [Payload] = []

        /// When the client got the reply or failure.
        var received: Timestamp? {
            get { receivedAt.rawValue == 0 ? nil : receivedAt }
            set { receivedAt = newValue ?? Timestamp(rawValue: 0) }
        }

        /// Whether a reply or failure has arrived.
        var isDone: Bool { received != nil }

        /// What it printed so far to stdout (`isError` false) or stderr.
        func text(isError: Bool) -> String {
            chunks.lazy.filter { $0.isError == isError }.map(\.text).joined()
        }
    }

    init(id: TaskID, target: EngineID?, itemCount: Int, submitted: Timestamp, showsOutput: Bool, lock: ConditionLock) {
        self.id = id
        self.target = target
        self.items = UInt32(clamping: itemCount)
        self.submitted = submitted
        self.showsOutput = showsOutput
        self.lock = lock
    }

    /// How many items it carries (map chunks), for progress.
    public var itemCount: Int { Int(items) }

    /// Whether a reply or failure has arrived.
    public var isDone: Bool { lock.withLock { state.isDone } }

    /// What is known about the task now, read consistently.
    public var snapshot: TaskSnapshot { lock.withLock { snapshotLocked } }

    /// The snapshot; the caller holds the lock.
    var snapshotLocked: TaskSnapshot {
        TaskSnapshot(
            id: id, itemCount: itemCount, engine: state.engine, status: statusLocked,
            stdout: state.text(isError: false), stderr: state.text(isError: true), submitted: submitted,
            started: state.times?.started, completed: state.times?.completed, received: state.received,
            failure: state.failure)
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
