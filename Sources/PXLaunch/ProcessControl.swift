import PXTransport

#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// The process calls of the cluster commands: starting detached processes (their own session, output to a
/// log file) that outlive `swiftpx cluster start`, running helper commands to completion with a time limit,
/// and checking and signalling processes recorded in the state file (which may belong to an earlier run).
enum ProcessControl {
    /// Starts a long-running process in a new session (so no terminal signal or `start`'s exit reaches it),
    /// stdin from `standardInput` or `/dev/null`, stdout and stderr appended to `log` (created 0600).
    /// - Returns: its process ID (also its process group and session ID).
    /// - Throws: ``ClusterError/launchFailed(_:)`` when it cannot be started.
    static func startDetached(_ arguments: [String], log: String, standardInput: String? = nil)
        throws(ClusterError) -> Int32
    {
        var launch = try launch(arguments, standardInput: standardInput)
        launch.standardOutput = .file(log, append: true)
        launch.grouping = .newSession
        do {
            return try launch.spawn().pid
        } catch {
            throw failure(launch, error)
        }
    }

    /// Runs a command to completion; stdin from `standardInput` (a file) or `/dev/null`.
    /// - Parameters:
    ///   - arguments: the program (looked up in `PATH`) and its arguments.
    ///   - standardInput: a file fed to stdin. Default: none.
    ///   - timeout: after this, its process group is killed (the outcome says it timed out).
    /// - Returns: how it ended and what it printed (stdout and stderr interleaved).
    /// - Throws: ``ClusterError/launchFailed(_:)`` when it cannot be started.
    static func run(_ arguments: [String], standardInput: String? = nil, timeout: Duration) throws(ClusterError)
        -> ProcessOutput
    {
        var launch = try launch(arguments, standardInput: standardInput)
        launch.standardOutput = .pipe
        do {
            return try launch.run(timeout: timeout)
        } catch {
            throw failure(launch, error)
        }
    }

    /// A launch of `arguments` with stdout and stderr together (inheriting no other descriptor, as every launch).
    private static func launch(_ arguments: [String], standardInput: String?) throws(ClusterError) -> ProcessLaunch {
        guard let program = arguments.first else { throw ClusterError.launchFailed("empty command") }
        var launch = ProcessLaunch(executable: program, arguments: Array(arguments.dropFirst()))
        launch.standardInput = standardInput.map { .file($0) } ?? .null
        launch.standardError = .standardOutput
        return launch
    }

    private static func failure(_ launch: ProcessLaunch, _ error: TransportError) -> ClusterError {
        let why = error.systemErrorCode.map { String(cString: strerror($0)) } ?? "\(error)"
        return ClusterError.launchFailed("cannot run \(launch.executable): \(why)")
    }

    // MARK: - Processes recorded in the state file

    /// Reaps `pid` if it is a child of this process that has ended, and says how it ended.
    /// - Returns: its status, or `nil` while it runs (or when it is not our child).
    static func reap(_ pid: Int32) -> ProcessExitStatus? {
        ProcessExitStatus.reap(pid, blocking: false)
    }

    /// Sends `signal` to the process group of `pid` (detached processes lead their own) and to `pid` itself.
    static func signal(_ pid: Int32, _ signal: Int32) {
        ProcessGroup.signal(pid, signal)
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
}
