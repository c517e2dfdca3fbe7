import PXWire

/// Everything the client knows about one submitted task. Fields change on the thread that reads the socket,
/// under the owning connection's lock.
public final class TaskRecord: @unchecked Sendable {
    // @unchecked Sendable: mutable fields are only touched with `ClusterConnection.lock` held.
    /// The task's ID (`client:sequence`).
    public let id: TaskID
    /// The engine it was sent to (direct tasks), or nil (load-balanced).
    public let target: EngineID?
    /// How many items it carries (map chunks), for progress.
    public let itemCount: Int
    /// When the client sent it.
    public let submitted: Timestamp

    /// The engine that ran it (known once output, a reply or a failure arrives).
    public internal(set) var engine: EngineID?
    /// What it printed.
    public internal(set) var stdout = ""
    /// What it printed to stderr.
    public internal(set) var stderr = ""
    /// The reply payload (encoded `TaskResult`), once it arrived.
    public internal(set) var reply: ArraySlice<UInt8>?
    /// Whether the reply is an error.
    public internal(set) var failed = false
    /// When the engine started and completed it, on the engine's clock.
    public internal(set) var times: TaskTimes?
    /// The engine's clock offset to the controller's, at the time the reply arrived (nanoseconds).
    public internal(set) var clockOffset: Int64 = 0
    /// Why it did not run, if the controller or engine reported a failure instead of a reply.
    public internal(set) var failure: TaskFailure?
    /// When the client got the reply or failure.
    public internal(set) var received: Timestamp?
    /// Output chunks in arrival order, with the engine that printed each (a retried task prints on two).
    var chunks: [(engine: EngineID?, isError: Bool, text: String)] = []
    /// How many chunks have been shown live.
    var shownChunks = 0
    /// Whether its output goes to the output sink (`%px --no-stream` shows it grouped afterwards instead).
    let showsOutput: Bool

    init(id: TaskID, target: EngineID?, itemCount: Int, submitted: Timestamp, showsOutput: Bool = true) {
        self.id = id
        self.target = target
        self.itemCount = itemCount
        self.submitted = submitted
        self.showsOutput = showsOutput
    }

    /// Whether a reply or failure has arrived.
    public var isDone: Bool { received != nil }

    /// `started`, moved to the controller's clock.
    public var started: Timestamp? { times.map { $0.started.adding(nanoseconds: clockOffset) } }
    /// `completed`, moved to the controller's clock.
    public var completed: Timestamp? { times.map { $0.completed.adding(nanoseconds: clockOffset) } }
}
