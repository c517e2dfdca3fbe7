/// A wait that Ctrl-C stopped: its unfinished tasks, when (monotonic nanoseconds), and the press count then.
/// A later press soon after interrupts those tasks.
struct StoppedWait {
    var tasks: [TaskRecord]
    var at: UInt64
    var press: Int

    /// Whether press number `press`, seen at `now`, is a second press for this wait: a press after the one that
    /// stopped it (a thread that learns of that same press later must not count it twice), within `window`
    /// seconds.
    func isSecondPress(_ press: Int, at now: UInt64, within window: Double) -> Bool {
        press > self.press && Double(now &- at) / 1e9 <= window
    }
}
