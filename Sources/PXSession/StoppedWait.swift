import PXWire

/// A wait that Ctrl-C stopped: its unfinished tasks, when (monotonic nanoseconds), and the press count then.
/// A press that stops another wait soon after interrupts those tasks.
struct StoppedWait {
    var tasks: [TaskRecord]
    var at: UInt64
    var press: Int

    /// Whether press number `press`, seen at `now`, is a second press for this wait: a press after the one that
    /// stopped it (a press seen twice must not count twice), within `window` seconds.
    func isSecondPress(_ press: Int, at now: UInt64, within window: Double) -> Bool {
        press > self.press && Double(now &- at) / 1e9 <= window
    }
}

/// What a second Ctrl-C interrupted: how many of the unfinished tasks can be running, and how many wait in
/// queues and go on.
public struct InterruptedTasks: Sendable, Equatable {
    /// Tasks an engine may be running now (each engine runs one task at a time).
    public var running: Int
    /// Tasks still queued: the interrupt does not reach them.
    public var queued: Int

    /// Counts the unfinished tasks with the engines they were sent to (`nil`: load-balanced): a targeted task
    /// counts as running once per target engine, and load-balanced ones fill the other live engines.
    /// - Parameters:
    ///   - targets: the target of each unfinished task.
    ///   - liveEngines: how many engines are alive.
    public init(targets: [EngineID?], liveEngines: Int) {
        let targeted = Set(targets.compactMap { $0 })
        let balanced = targets.count { $0 == nil }
        running = min(targets.count, targeted.count + min(balanced, max(0, liveEngines - targeted.count)))
        queued = targets.count - running
    }

    /// Creates counts as given.
    public init(running: Int, queued: Int) {
        self.running = running
        self.queued = queued
    }
}
