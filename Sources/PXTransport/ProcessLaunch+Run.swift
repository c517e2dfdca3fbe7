#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a process run to completion did.
public struct ProcessOutput: Sendable, Hashable {
    /// How it ended (`SIGKILL` when the time limit stopped it).
    public var exitStatus: ProcessExitStatus
    /// What it wrote to the pipe the launch asked for (stdout, and stderr when it goes to the same place).
    public var output: String
    /// Whether the time limit stopped it.
    public var timedOut: Bool

    /// Describes an outcome.
    public init(exitStatus: ProcessExitStatus, output: String, timedOut: Bool) {
        self.exitStatus = exitStatus
        self.output = output
        self.timedOut = timedOut
    }

    /// The status as a shell's `$?` gives it: the exit code, or 128 + the signal number.
    public var status: Int32 { exitStatus.shellStatus }

    /// Whether it finished in time with exit code 0.
    public var isSuccess: Bool { !timedOut && exitStatus.isSuccess }
}

extension ProcessLaunch {
    /// Runs the process to completion, capturing what it writes to a ``ProcessLaunch/Output/pipe``.
    /// - Parameter timeout: after this its whole process group is killed (`SIGKILL`); nil waits as long as it
    ///   takes.
    /// - Returns: how it ended and what it wrote.
    /// - Throws: ``TransportError`` when it cannot be started.
    public func run(timeout: Duration?) throws(TransportError) -> ProcessOutput {
        let child = try ChildProcess.spawn(self)
        if let input = child.input { close(input) }
        let deadline = MonotonicClock.deadline(after: timeout)
        var bytes: [UInt8] = []
        var timedOut = false
        if let output = child.output {
            timedOut = !Self.read(output, into: &bytes, until: deadline)
            close(output)
        }
        if !timedOut, child.wait(timeout: Self.remaining(until: deadline)) == nil { timedOut = true }
        if timedOut { child.signalGroup(SIGKILL) }
        let status = child.wait(timeout: nil) ?? .signaled(SIGKILL)
        return ProcessOutput(exitStatus: status, output: String(decoding: bytes, as: UTF8.self), timedOut: timedOut)
    }

    /// Reads `fd` to its end. Returns false if `deadline` (monotonic nanoseconds) passed first.
    static func read(_ fd: Int32, into bytes: inout [UInt8], until deadline: UInt64?) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            var milliseconds: Int32 = -1
            if let deadline {
                let now = MonotonicClock.nanoseconds()
                guard now < deadline else { return false }
                milliseconds = Int32(clamping: (deadline - now + 999_999) / 1_000_000)
            }
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, milliseconds)
            if ready < 0 && errno != EINTR { return true }
            if ready <= 0 { continue }
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return true }
            bytes += buffer[0..<count]
        }
    }

    static func remaining(until deadline: UInt64?) -> Duration? {
        guard let deadline else { return nil }
        let now = MonotonicClock.nanoseconds()
        return .nanoseconds(Int64(deadline > now ? deadline - now : 0))
    }
}
