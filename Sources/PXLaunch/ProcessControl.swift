import PXTransport

#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// The process calls of the cluster commands: starting detached processes (their own session, output to a
/// log file) that outlive `swiftpx cluster start`, running helper commands to completion with a time limit,
/// and checking and signalling processes recorded in the state file.
enum ProcessControl {
    /// What a helper command did.
    struct Outcome: Sendable {
        /// How it ended; `nil` if the time limit killed it.
        var status: ProcessExitStatus?
        /// Its stdout and stderr, interleaved.
        var output: String
    }

    /// Starts a long-running process in a new session (so no terminal signal or `start`'s exit reaches it),
    /// stdin from `standardInput` or `/dev/null`, stdout and stderr appended to `log` (created 0600).
    /// - Returns: its process ID (also its process group and session ID).
    /// - Throws: ``ClusterError/launchFailed(_:)`` when it cannot be started.
    static func startDetached(_ arguments: [String], log: String, standardInput: String? = nil)
        throws(ClusterError) -> Int32
    {
        try spawn(arguments, input: standardInput ?? "/dev/null", outputFile: log, outputPipe: nil, newSession: true)
    }

    /// Runs a command to completion; stdin from `standardInput` (a file) or `/dev/null`.
    /// - Parameters:
    ///   - arguments: the program (looked up in `PATH`) and its arguments.
    ///   - standardInput: a file fed to stdin. Default: none.
    ///   - timeout: after this, its process group is killed and `status` is `nil`.
    /// - Returns: how it ended and what it printed.
    /// - Throws: ``ClusterError/launchFailed(_:)`` when it cannot be started.
    static func run(_ arguments: [String], standardInput: String? = nil, timeout: Duration) throws(ClusterError)
        -> Outcome
    {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw ClusterError.launchFailed("cannot create a pipe: errno \(errno)") }
        let pid: Int32
        do {
            pid = try spawn(
                arguments, input: standardInput ?? "/dev/null", outputFile: nil, outputPipe: ends,
                newSession: false)
        } catch {
            close(ends[0])
            close(ends[1])
            throw error
        }
        close(ends[1])
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16_384)
        let deadline = MonotonicClock.nanoseconds() &+ nanoseconds(timeout)
        var timedOut = false
        while true {
            let now = MonotonicClock.nanoseconds()
            guard now < deadline else {
                timedOut = true
                kill(-pid, SIGKILL)
                break
            }
            var poller = [pollfd(fd: ends[0], events: Int16(POLLIN), revents: 0)]
            let ready = poll(&poller, 1, Int32(min(1_000, (deadline - now) / 1_000_000 + 1)))
            if ready < 0 && errno == EINTR { continue }
            if ready == 0 { continue }
            let count = read(ends[0], &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        close(ends[0])
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
        return Outcome(
            status: timedOut ? nil : ProcessExitStatus(waitStatus: raw),
            output: String(decoding: bytes, as: UTF8.self))
    }

    private static func spawn(
        _ arguments: [String], input: String, outputFile: String?, outputPipe: [Int32]?,
        newSession: Bool
    ) throws(ClusterError) -> Int32 {
        guard let program = arguments.first else { throw ClusterError.launchFailed("empty command") }
        let attributes = SpawnAttributes(newSession ? .newSession : .newProcessGroup)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        if let outputFile {
            posix_spawn_file_actions_addopen(&actions, 1, outputFile, O_WRONLY | O_CREAT | O_APPEND, 0o600)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else if let outputPipe {
            posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
            posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 2)
        }
        // Nothing else is inherited: a detached process holding, say, the write end of the pipe that
        // `$(swiftpx cluster start)` reads would keep the caller waiting for as long as the cluster runs.
        for fd in openDescriptors() where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, program, &actions, &attributes.value, argv, environ)
        guard result == 0 else {
            throw ClusterError.launchFailed("cannot run \(program): \(String(cString: strerror(result)))")
        }
        return pid
    }

    /// The file descriptors open in this process (from `/proc/self/fd`).
    static func openDescriptors() -> [Int32] {
        guard let directory = opendir("/proc/self/fd") else { return [] }
        defer { closedir(directory) }
        let own = dirfd(directory)
        var descriptors: [Int32] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if let fd = Int32(name), fd != own { descriptors.append(fd) }
        }
        return descriptors
    }

    // MARK: - Processes recorded in the state file

    /// Reaps `pid` if it is a child of this process that has ended, and says how it ended.
    /// - Returns: its status, or `nil` while it runs (or when it is not our child).
    static func reap(_ pid: Int32) -> ProcessExitStatus? {
        var raw: Int32 = 0
        let result = waitpid(pid, &raw, WNOHANG)
        return result == pid ? ProcessExitStatus(waitStatus: raw) : nil
    }

    /// Whether `pid` is a running (not zombie) process whose command line contains `marker`, so a pid reused
    /// by an unrelated process after a crash is never mistaken for ours.
    static func isRunning(_ pid: Int32, marker: String) -> Bool {
        guard pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return false }
        let stat = readFile("/proc/\(pid)/stat")
        if let close = stat.lastIndex(of: ")") {
            let state = stat[stat.index(after: close)...].drop { $0 == " " }.first
            if state == "Z" || state == "X" { return false }
        }
        let commandLine = readFile("/proc/\(pid)/cmdline").map { $0 == "\0" ? " " : $0 }
        return String(commandLine).contains(marker)
    }

    /// Sends `signal` to the process group of `pid` (detached processes lead their own) and to `pid` itself.
    static func signal(_ pid: Int32, _ signal: Int32) {
        guard pid > 0 else { return }
        kill(-pid, signal)
        kill(pid, signal)
    }

    /// The contents of a small file, or `""`.
    static func readFile(_ path: String) -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return "" }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 8_192)
        while true {
            let count = read(fd, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes += chunk[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The last `lines` lines of a log file, indented, for error messages; `""` when it is empty.
    static func tail(_ path: String, lines: Int = 6) -> String {
        let text = readFile(path).split(separator: "\n", omittingEmptySubsequences: true).suffix(lines)
        return text.map { "    " + $0 }.joined(separator: "\n")
    }

    static func nanoseconds(_ duration: Duration) -> UInt64 {
        let (seconds, attoseconds) = duration.components
        return UInt64(max(0, seconds)) &* 1_000_000_000 &+ UInt64(max(0, attoseconds / 1_000_000_000))
    }
}
