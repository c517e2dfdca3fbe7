#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A process started from a ``ProcessLaunch`` (own process group, empty signal mask, default signal actions) and
/// reaped by a dedicated thread as soon as it exits, so that its end can be waited for with a deadline and
/// without polling.
///
/// Engines are started this way so that Ctrl-C at the shell's prompt (which libedit re-sends to the foreground
/// process group) does not reach them, and so that ``terminate(grace:)`` can stop an engine together with
/// anything it started.
///
/// `@unchecked Sendable`: `pid` and the pipe ends are immutable; the exit status is guarded by a condition lock.
public final class ChildProcess: @unchecked Sendable {
    /// The process ID (also its process group ID).
    public let pid: Int32
    /// The program that was run.
    public let executable: String
    /// The write end of its stdin, when the launch asked for a pipe; the caller closes it.
    public let input: Int32?
    /// The read end of its output, when the launch asked for a pipe; the caller closes it.
    public let output: Int32?

    private let lock = ConditionLock()
    private var status: ProcessExitStatus?

    private init(_ spawned: SpawnedProcess, executable: String) {
        self.pid = spawned.pid
        self.input = spawned.input
        self.output = spawned.output
        self.executable = executable
    }

    /// Starts a process and a thread that reaps it.
    /// - Parameters:
    ///   - launch: what to run, and how.
    ///   - onExit: called once, on the reaper thread, when it ends. Default: none.
    /// - Returns: the running child.
    /// - Throws: ``TransportError/spawnFailed(executable:errno:)``, or ``TransportError/systemCall(_:errno:)``.
    public static func spawn(_ launch: ProcessLaunch, onExit: (@Sendable (ProcessExitStatus) -> Void)? = nil)
        throws(TransportError) -> ChildProcess
    {
        let spawned = try launch.spawn()
        let child = ChildProcess(spawned, executable: launch.executable)
        do {
            try PosixThread.spawn { child.reap(onExit: onExit) }
        } catch {
            ProcessGroup.signal(spawned.pid, SIGKILL)
            _ = ProcessExitStatus.reap(spawned.pid, blocking: true)
            for fd in [spawned.input, spawned.output].compactMap({ $0 }) { close(fd) }
            throw error
        }
        return child
    }

    private func reap(onExit: (@Sendable (ProcessExitStatus) -> Void)?) {
        // Not our child any more (someone else reaped it): report it as "killed by an unknown signal".
        let status = ProcessExitStatus.reap(pid, blocking: true) ?? .signaled(0x7F)
        lock.withLock { self.status = status }
        lock.broadcast()
        onExit?(status)
    }

    /// How it ended, or `nil` while it runs.
    public var exitStatus: ProcessExitStatus? { lock.withLock { status } }

    /// Waits for it to end.
    /// - Parameter timeout: the longest wait; `nil` waits without limit.
    /// - Returns: how it ended, or `nil` on timeout.
    @discardableResult
    public func wait(timeout: Duration?) -> ProcessExitStatus? {
        let deadline = MonotonicClock.deadline(after: timeout)
        lock.lock()
        defer { lock.unlock() }
        while status == nil {
            if !lock.wait(untilMonotonic: deadline) && status == nil { return nil }
        }
        return status
    }

    /// Sends a signal to its whole process group (it and anything it started), unless it has been reaped.
    /// - Parameter signal: e.g. `SIGINT`.
    public func signalGroup(_ signal: Int32) {
        guard exitStatus == nil else { return }
        ProcessGroup.signal(pid, signal)
    }

    /// Stops it: `SIGTERM` to its group, then `SIGKILL` if it has not exited after `grace`.
    /// - Parameter grace: time allowed for a clean exit. Default: 1 s.
    /// - Returns: how it ended.
    @discardableResult
    public func terminate(grace: Duration = .seconds(1)) -> ProcessExitStatus {
        Self.terminateAll([self], grace: grace)
        return wait(timeout: nil) ?? .signaled(SIGKILL)
    }

    /// Stops several children at once: `SIGTERM` to every group, one shared grace period, then `SIGKILL`.
    /// - Parameters:
    ///   - children: the processes.
    ///   - grace: time allowed for clean exits. Default: 1 s.
    public static func terminateAll(_ children: [ChildProcess], grace: Duration = .seconds(1)) {
        for child in children { child.signalGroup(SIGTERM) }
        let deadline = MonotonicClock.deadline(after: grace)
        for child in children {
            let now = MonotonicClock.nanoseconds()
            let remaining = (deadline ?? now) > now ? (deadline ?? now) - now : 0
            if child.wait(timeout: .nanoseconds(Int64(remaining))) == nil { child.signalGroup(SIGKILL) }
        }
        for child in children { child.wait(timeout: nil) }
    }
}
