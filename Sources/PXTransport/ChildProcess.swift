import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A process started with `posix_spawn` in its own process group, with an empty signal mask and
/// default signal handlers, and reaped by a dedicated thread as soon as it exits.
///
/// Engines are started this way so that Ctrl-C at the shell's prompt (which libedit re-sends to
/// the foreground process group) does not reach them, and so that ``terminate(grace:)`` can stop
/// an engine together with anything it started.
///
/// `@unchecked Sendable`: `pid` is immutable; the exit status is guarded by a condition lock.
public final class ChildProcess: @unchecked Sendable {
    /// What to do with a child's standard output or error.
    public enum Output: Hashable, Sendable {
        /// Share the parent's.
        case inherit
        /// Discard (`/dev/null`).
        case discard
    }

    /// The process ID (also its process group ID).
    public let pid: Int32
    /// The program that was run.
    public let executable: String

    private let lock = ConditionLock()
    private var status: ProcessExitStatus?

    /// Children started by this process that have not been reaped yet.
    private static let living = Mutex<[Int32: ChildProcess]>([:])

    private init(pid: Int32, executable: String) {
        self.pid = pid
        self.executable = executable
    }

    /// The path of the running executable (`/proc/self/exe` resolved), for spawning engines of the same build.
    public static var currentExecutable: String {
        var buffer = [CChar](repeating: 0, count: 4_096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return CommandLine.arguments.first ?? "swiftpx" }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Starts a process.
    /// - Parameters:
    ///   - executable: the program's path. Default: ``currentExecutable``.
    ///   - arguments: arguments after `argv[0]`.
    ///   - environment: the environment; `nil` (default) inherits the parent's.
    ///   - standardOutput: where its stdout goes. Default: `.inherit`.
    ///   - standardError: where its stderr goes. Default: `.inherit`.
    ///   - onExit: called once, on the reaper thread, when it ends. Default: none.
    /// - Returns: the running child.
    /// - Throws: ``TransportError/spawnFailed(executable:errno:)``.
    public static func spawn(
        executable: String = ChildProcess.currentExecutable,
        arguments: [String],
        environment: [String: String]? = nil,
        standardOutput: Output = .inherit,
        standardError: Output = .inherit,
        onExit: (@Sendable (ProcessExitStatus) -> Void)? = nil
    ) throws(TransportError) -> ChildProcess {
        let attributes = SpawnAttributes()

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if standardOutput == .discard { posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0) }
        if standardError == .discard { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let envp: [UnsafeMutablePointer<CChar>?]? = environment.map { table in
            table.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        }
        defer { for pointer in envp ?? [] { free(pointer) } }

        var pid: pid_t = 0
        let result = argv.withUnsafeBufferPointer { argvPointer in
            if let envp {
                return envp.withUnsafeBufferPointer { envPointer in
                    posix_spawn(
                        &pid, executable, &actions, &attributes.value, argvPointer.baseAddress!,
                        envPointer.baseAddress)
                }
            }
            return posix_spawn(&pid, executable, &actions, &attributes.value, argvPointer.baseAddress!, environ)
        }
        guard result == 0 else { throw TransportError.spawnFailed(executable: executable, errno: result) }
        let child = ChildProcess(pid: pid, executable: executable)
        living.withLock { $0[pid] = child }
        do {
            try PosixThread.spawn { child.reap(onExit: onExit) }
        } catch {
            kill(-pid, SIGKILL)
            throw error
        }
        return child
    }

    private func reap(onExit: (@Sendable (ProcessExitStatus) -> Void)?) {
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) < 0 {
            if errno != EINTR {
                raw = 0x7F  // not our child any more: report it as "killed by an unknown signal"
                break
            }
        }
        let status = ProcessExitStatus(waitStatus: raw)
        _ = Self.living.withLock { $0.removeValue(forKey: pid) }
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

    /// Sends a signal to its whole process group (it and anything it started).
    /// - Parameter signal: e.g. `SIGINT`.
    public func signalGroup(_ signal: Int32) {
        guard exitStatus == nil else { return }
        kill(-pid, signal)
    }

    /// Stops it: `SIGTERM` to its group, then `SIGKILL` if it has not exited after `grace`.
    /// - Parameter grace: time allowed for a clean exit. Default: 1 s.
    /// - Returns: how it ended.
    @discardableResult
    public func terminate(grace: Duration = .seconds(1)) -> ProcessExitStatus {
        if let status = exitStatus { return status }
        signalGroup(SIGTERM)
        if let status = wait(timeout: grace) { return status }
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
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
            if child.wait(timeout: .nanoseconds(Int64(remaining))) == nil {
                kill(-child.pid, SIGKILL)
                kill(child.pid, SIGKILL)
            }
        }
        for child in children { child.wait(timeout: nil) }
    }

    /// Every child started with ``spawn(executable:arguments:environment:standardOutput:standardError:onExit:)``
    /// that is still running.
    public static var running: [ChildProcess] {
        living.withLock { Array($0.values) }.sorted { $0.pid < $1.pid }
    }

    /// Stops every child still running (see ``terminateAll(_:grace:)``): call it on every exit
    /// path of a process that started engines, so none is left behind.
    /// - Parameter grace: time allowed for clean exits. Default: 1 s.
    public static func terminateAllRunning(grace: Duration = .seconds(1)) {
        terminateAll(running, grace: grace)
    }
}
