import PXWire

/// What the controller keeps about one task until it finishes: 96 bytes (a test pins the size), plus the payload's
/// bytes, which stay in the frame they arrived in and are dropped once the task is sent unless it may be retried.
///
/// The submitting client is the one named in the task's ID (the controller refuses any other), and replies go to
/// that client's connection, so neither is stored. The fields are declared largest first: Swift lays a struct out
/// in declaration order.
struct TaskRecord: Sendable {
    /// Where the task is in its life.
    enum State: Hashable, Sendable {
        /// Waiting for `after`/`follow` dependencies.
        case waiting
        /// Ready, in an engine's direct queue or the load-balanced queue.
        case queued
        /// Sent to an engine, not yet answered.
        case running(EngineID)
    }

    let id: TaskID
    private let sharedHeader: SharedTaskHeader
    var payload: Payload
    /// Engines this task must not run on again (they died or failed it).
    var blacklist: [EngineID] = []
    /// Engines allowed by `follow` dependencies once they are met (`nil`: no restriction).
    var followEngines: [EngineID]?
    /// When it was last sent to an engine (monotonic ns).
    var dispatchedAt: UInt64 = 0
    var state: State = .queued
    /// How many times it was resubmitted.
    var retriesUsed: UInt16 = 0

    /// Creates the record of a task just submitted (queued, never sent).
    init(id: TaskID, header: SharedTaskHeader, payload: Payload) {
        self.id = id
        self.sharedHeader = header
        self.payload = payload
    }

    /// The submitting client.
    var client: ClientID { id.client }

    /// The scheduling information (shared by the tasks of one map that carry the same header).
    var header: TaskHeader { sharedHeader.header }

    /// Whether `engine` may run this (load-balanced) task.
    func allows(_ engine: EngineID) -> Bool {
        if !header.allowed.isEmpty && !header.allowed.contains(engine) { return false }
        if blacklist.contains(engine) { return false }
        if let followEngines, !followEngines.contains(engine) { return false }
        return true
    }

    /// Whether any engine restriction applies (the scheduler's fast path skips the checks otherwise).
    var isRestricted: Bool { !header.allowed.isEmpty || !blacklist.isEmpty || followEngines != nil }
}

extension TaskRecord.State {
    /// Waiting or queued: not yet sent to an engine.
    var isNotStarted: Bool {
        if case .running = self { return false }
        return true
    }
}

/// A task header kept once for the consecutive tasks that carry an equal one (the tasks of one map).
final class SharedTaskHeader: Sendable {
    let header: TaskHeader

    init(_ header: TaskHeader) {
        self.header = header
    }
}
