@preconcurrency import Glibc
import Synchronization

/// Ctrl-C presses seen since `InterruptSignal.install()`, bumped by the handler.
private let interruptCount = Atomic<Int>(0)
/// The write end of the wake-up pipe, or -1 before installation.
private let interruptWakeWriteEnd = Atomic<Int32>(-1)
/// The installed wake-up pipe; also serialises `install()`.
private let installedPipe = Mutex<WakePipe?>(nil)
/// The write end of the background watcher's own pipe, or -1 when there is none.
private let watcherWakeWriteEnd = Atomic<Int32>(-1)
/// The background watcher's pipe, made by the first `waitForPressInBackground`.
private let watcherPipe = Mutex<WakePipe?>(nil)

/// The SIGINT handler: count the press and wake whoever waits. Async-signal-safe.
private func handleInterrupt(_: Int32) {
    let savedErrno = errno
    interruptCount.add(1, ordering: .sequentiallyConsistent)
    for fd in [interruptWakeWriteEnd.load(ordering: .sequentiallyConsistent),
               watcherWakeWriteEnd.load(ordering: .sequentiallyConsistent)] where fd >= 0 {
        var byte: UInt8 = 1
        _ = write(fd, &byte, 1)
    }
    errno = savedErrno
}

/// Ctrl-C as a counted event instead of process termination.
///
/// `install()` sets a SIGINT handler (without `SA_RESTART`, so blocking calls
/// return `EINTR`) that increments `count` and writes a byte to an internal
/// wake-up pipe. Because a process-directed signal may land on any thread,
/// waiting code does not rely on `EINTR` alone: it polls that pipe too.
///
/// The shell uses it twice: `EditLineReader` turns Ctrl-C into
/// `LineInput.interrupted`, and `wait(forReadable:timeout:since:)` lets the shell
/// stop *waiting* for a blocking parallel call while the call goes on.
///
/// Only one thread at a time should wait through `wait(forReadable:timeout:since:)`
/// (the shell's main thread): a waiter drains the wake-up pipe, which could hide
/// a press from a second concurrent waiter until its next wake-up. One
/// background thread may watch for presses as well, through
/// `waitForPressInBackground(since:)`, which has a pipe of its own.
public enum InterruptSignal {
    /// How `wait(forReadable:timeout:since:)` ended.
    public enum WaitResult: Sendable, Hashable {
        /// The file descriptor became readable (or reported hang-up or an error).
        case readable
        /// Ctrl-C was pressed (the counter moved past the baseline).
        case interrupted
        /// The timeout elapsed first.
        case timedOut
    }

    /// Installs the SIGINT handler and unblocks SIGINT for the calling thread.
    /// Calling it again does nothing more.
    ///
    /// Call it early, on the thread that reads lines, before starting other
    /// threads (they inherit its signal mask); `EditLineReader` calls it itself.
    /// - Throws: `LineEditorError.systemCall` if the pipe or `sigaction` fails.
    public static func install() throws(LineEditorError) {
        try installedPipe.withLock { (installed: inout WakePipe?) throws(LineEditorError) in
            guard installed == nil else { return }
            let wake = try WakePipe.make()
            // Touch both globals so that their lazy initialisation never runs inside the handler.
            _ = interruptCount.load(ordering: .sequentiallyConsistent)
            interruptWakeWriteEnd.store(wake.writeEnd, ordering: .sequentiallyConsistent)
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handleInterrupt
            action.sa_flags = 0
            sigemptyset(&action.sa_mask)
            guard sigaction(SIGINT, &action, nil) == 0 else {
                let code = errno
                interruptWakeWriteEnd.store(-1, ordering: .sequentiallyConsistent)
                wake.close()
                throw .systemCall("sigaction", errno: code)
            }
            installed = wake
        }
        // A parent may have started the process with SIGINT blocked (child
        // processes inherit the mask); a handler that is never run is useless.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// Whether `install()` has succeeded.
    public static var isInstalled: Bool {
        installedPipe.withLock { $0 != nil }
    }

    /// The number of Ctrl-C presses since installation.
    ///
    /// Remember it before an operation and compare afterwards to learn whether
    /// the user pressed Ctrl-C in between.
    public static var count: Int {
        interruptCount.load(ordering: .sequentiallyConsistent)
    }

    /// Waits until a file descriptor is readable, Ctrl-C is pressed, or a timeout elapses.
    ///
    /// Without `install()`, only the descriptor and the timeout end the wait.
    /// - Parameters:
    ///   - fileDescriptor: The descriptor to watch; `nil` waits for Ctrl-C or the timeout only.
    ///   - timeout: The longest wait; `nil` (the default) waits without limit.
    ///   - baseline: A value of `count` taken earlier; a press after it, even one
    ///     before this call, ends the wait at once. Default: `count` at the call.
    /// - Returns: Why the wait ended. A press wins over a readable descriptor.
    public static func wait(
        forReadable fileDescriptor: Int32?,
        timeout: Duration? = nil,
        since baseline: Int? = nil
    ) -> WaitResult {
        let baseline = baseline ?? count
        let wakeReadEnd = installedPipe.withLock { $0?.readEnd } ?? -1
        let clock = ContinuousClock()
        let deadline = timeout.map { clock.now.advanced(by: $0) }
        var fds = [
            pollfd(fd: fileDescriptor ?? -1, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakeReadEnd, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            if count != baseline { return .interrupted }
            var milliseconds: Int32 = -1
            if let deadline {
                let remaining = clock.now.duration(to: deadline)
                if remaining <= .zero { return .timedOut }
                milliseconds = Int32(clamping: Self.roundedUpMilliseconds(remaining))
            }
            fds[0].revents = 0
            fds[1].revents = 0
            let ready = poll(&fds, nfds_t(fds.count), milliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                return .readable
            }
            if count != baseline { return .interrupted }
            if fds[1].revents != 0 {
                drainWakeups()
            }
            if fds[0].revents != 0 { return .readable }
        }
    }

    /// Blocks a background thread until the press count moves past `baseline`, without disturbing the
    /// thread that reads lines or waits for results (this wait has its own wake-up pipe). Only one thread may
    /// use it.
    /// - Returns: the new count.
    /// - Throws: `LineEditorError.systemCall` if the pipe cannot be made.
    public static func waitForPressInBackground(since baseline: Int) throws(LineEditorError) -> Int {
        let pipe = try watcherPipe.withLock { (existing: inout WakePipe?) throws(LineEditorError) -> WakePipe in
            if let existing { return existing }
            let made = try WakePipe.make()
            watcherWakeWriteEnd.store(made.writeEnd, ordering: .sequentiallyConsistent)
            existing = made
            return made
        }
        while count == baseline {
            var fds = [pollfd(fd: pipe.readEnd, events: Int16(POLLIN), revents: 0)]
            _ = poll(&fds, 1, -1)
            pipe.drain()
        }
        return count
    }

    // MARK: - Internal

    /// The read end of the wake-up pipe, or -1 before installation.
    static var wakeReadEnd: Int32 {
        installedPipe.withLock { $0?.readEnd } ?? -1
    }

    /// Discards pending wake-up bytes; `count` stays the source of truth.
    static func drainWakeups() {
        installedPipe.withLock { $0 }?.drain()
    }

    private static func roundedUpMilliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let perMillisecond: Int64 = 1_000_000_000_000_000
        return seconds * 1000 + (attoseconds + perMillisecond - 1) / perMillisecond
    }
}
