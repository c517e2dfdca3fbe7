#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How a child process ended.
public enum ProcessExitStatus: Hashable, Sendable, CustomStringConvertible {
    /// It called `exit` with this code.
    case exited(Int32)
    /// A signal killed it.
    case signaled(Int32)

    /// Decodes a `waitpid` status.
    /// - Parameter status: the raw status `waitpid` stored.
    public init(waitStatus status: Int32) {
        let signal = status & 0x7F
        if signal == 0 {
            self = .exited((status >> 8) & 0xFF)
        } else {
            self = .signaled(signal)
        }
    }

    /// Reaps `pid`, a child of this process (`waitpid`, retried when a signal interrupts it).
    /// - Parameters:
    ///   - pid: the child.
    ///   - blocking: whether to wait for it to end; otherwise a child still running gives nil.
    /// - Returns: how it ended; nil while it runs (not blocking), or when it is not (or no longer) our child.
    public static func reap(_ pid: Int32, blocking: Bool) -> ProcessExitStatus? {
        var raw: Int32 = 0
        while true {
            let result = waitpid(pid, &raw, blocking ? 0 : WNOHANG)
            if result == pid { return ProcessExitStatus(waitStatus: raw) }
            if result < 0 && errno == EINTR { continue }
            return nil
        }
    }

    /// Whether it exited with code 0.
    public var isSuccess: Bool { self == .exited(0) }

    /// The status as a shell's `$?` gives it: the exit code, or 128 + the signal number.
    public var shellStatus: Int32 {
        switch self {
        case .exited(let code): return code
        case .signaled(let signal): return 128 + signal
        }
    }

    /// `exit status 1`, or `killed by signal 9 (SIGKILL)`.
    public var description: String {
        switch self {
        case .exited(let code):
            return "exit status \(code)"
        case .signaled(let signal):
            let names: [Int32: String] = [
                SIGHUP: "SIGHUP", SIGINT: "SIGINT", SIGQUIT: "SIGQUIT", SIGILL: "SIGILL", SIGTRAP: "SIGTRAP",
                SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV",
                SIGPIPE: "SIGPIPE", SIGALRM: "SIGALRM", SIGTERM: "SIGTERM",
            ]
            return "killed by signal \(signal)\(names[signal].map { " (\($0))" } ?? "")"
        }
    }
}

/// Signals to a process group: a process started by ``ProcessLaunch`` leads its own, so this reaches it and
/// whatever it started.
public enum ProcessGroup {
    /// Sends `signal` to the group `pid` leads, and to `pid` itself (in case it left the group).
    /// - Parameters:
    ///   - pid: the group leader; ignored unless positive.
    ///   - signal: e.g. `SIGTERM`.
    public static func signal(_ pid: Int32, _ signal: Int32) {
        guard pid > 0 else { return }
        kill(-pid, signal)
        kill(pid, signal)
    }
}
