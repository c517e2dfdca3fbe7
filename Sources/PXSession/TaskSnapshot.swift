import PXWire

/// What the client knows about one task at one moment (``TaskRecord/snapshot``): a value, safe to keep and to
/// read on any thread.
public struct TaskSnapshot: Sendable, Hashable {
    /// The task's ID.
    public var id: TaskID
    /// How many items it carries (map chunks).
    public var itemCount: Int
    /// The engine that ran it, once known.
    public var engine: EngineID?
    /// Where it stands.
    public var status: TaskStatus
    /// What it printed so far.
    public var stdout: String
    /// What it printed to stderr so far.
    public var stderr: String
    /// When the client sent it.
    public var submitted: Timestamp
    /// When the engine started it, on the controller's clock.
    public var started: Timestamp?
    /// When the engine completed it, on the controller's clock.
    public var completed: Timestamp?
    /// When the client got its reply or failure.
    public var received: Timestamp?
    /// Why it did not run to a reply, when the controller or the engine reported that instead.
    public var failure: TaskFailure?

    /// Whether a reply or failure has arrived.
    public var isDone: Bool { status != .pending }

    /// How long it ran on its engine (nanoseconds), once it did.
    public var runNanoseconds: Int64? {
        guard let started, let completed else { return nil }
        return completed.rawValue - started.rawValue
    }
}

/// Where a task stands, as the messages from the controller tell it.
public enum TaskStatus: String, Sendable, Hashable, CaseIterable {
    /// No reply or failure yet.
    case pending
    /// It ran and replied with a value.
    case ok
    /// It raised an error on its engine, or did not run (its engine died, it timed out, a dependency failed).
    case error
    /// `abort()` dropped it before it started.
    case aborted
}
