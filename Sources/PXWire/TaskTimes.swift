/// When an engine started and finished a task, on the engine's clock (the `taskReply` extension).
///
/// Clients move them onto the controller's clock with the engine's `clockOffset` from ``EngineRecord``.
public struct TaskTimes: Hashable, Sendable {
    /// When the engine began running the task.
    public var started: Timestamp
    /// When the engine finished it.
    public var completed: Timestamp

    /// The extension's size on the wire.
    public static let wireSize = 16

    /// Creates the times.
    /// - Parameters:
    ///   - started: when the engine began running the task.
    ///   - completed: when it finished.
    public init(started: Timestamp, completed: Timestamp) {
        self.started = started
        self.completed = completed
    }

    /// `completed - started` in nanoseconds, never negative.
    public var durationNanoseconds: Int64 {
        max(0, completed.rawValue &- started.rawValue)
    }
}
