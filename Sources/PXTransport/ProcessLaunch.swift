import CLinux

#if canImport(Glibc)
    import Glibc
#endif

/// How to start a process, as data: the program (looked up in `PATH` unless it holds a `/`), its arguments,
/// environment and working directory, where its standard streams go, and its process group. Every process
/// swiftpx or a test starts goes through ``spawn()``: ``ChildProcess`` (reaped by a thread, waited for with a
/// deadline), ``run(timeout:)`` (to completion, output captured), or raw (the cluster launcher's detached
/// processes, which outlive it).
///
/// The child starts with an empty signal mask and default signal actions (see `SpawnAttributes`), in a process
/// group (or session) of its own, so that ``ProcessSignal/group(_:_:)`` reaches it and whatever it starts.
public struct ProcessLaunch: Sendable, Hashable {
    /// Where standard input comes from.
    public enum Input: Sendable, Hashable {
        /// `/dev/null`.
        case null
        /// A file, read from its start.
        case file(String)
        /// A pipe whose write end the parent gets (``SpawnedProcess/input``).
        case pipe
    }

    /// Where standard output or error goes.
    public enum Output: Sendable, Hashable {
        /// The parent's.
        case inherit
        /// `/dev/null`.
        case discard
        /// A file (created 0600), truncated or appended to.
        case file(String, append: Bool)
        /// A pipe whose read end the parent gets (``SpawnedProcess/output``).
        case pipe
        /// For standard error only: wherever standard output goes (the two interleaved).
        case standardOutput
    }

    /// Where the child goes.
    public enum Grouping: Sendable, Hashable {
        /// A new process group (`kill(-pid, …)` reaches everything it starts).
        case newProcessGroup
        /// A new session (detached from the caller's terminal), e.g. a cluster left running in the background.
        case newSession
    }

    /// The program: a path, or a name looked up in `PATH`.
    public var executable: String
    /// The arguments after `argv[0]`.
    public var arguments: [String]
    /// The environment; nil (default) passes this process's on.
    public var environment: [String: String]?
    /// The working directory; nil (default) keeps this process's.
    public var workingDirectory: String?
    /// Default: `/dev/null`.
    public var standardInput = Input.null
    /// Default: the parent's.
    public var standardOutput = Output.inherit
    /// Default: the parent's.
    public var standardError = Output.inherit
    /// A new process group (default) or a new session (detached from the terminal).
    public var grouping = Grouping.newProcessGroup
    /// Whether descriptors above 2 are closed in the child even without `O_CLOEXEC`. Default: true, so that a
    /// child holds nothing of its parent's: not the controller's listening socket or another engine's connection
    /// (libraries such as NIO open theirs without `O_CLOEXEC`), not what swiftpx itself inherited, and not the
    /// write end of the pipe a `$(…)` reads, which would keep the caller waiting while a cluster runs.
    public var closesOtherDescriptors = true

    /// Describes a launch with the default streams (stdin from `/dev/null`, stdout and stderr inherited).
    /// - Parameters:
    ///   - executable: the program. Default: ``currentExecutable`` (this build of swiftpx).
    ///   - arguments: the arguments after `argv[0]`.
    public init(executable: String = ProcessLaunch.currentExecutable, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    /// The path of the running executable (`/proc/self/exe` resolved), for spawning engines of the same build.
    public static var currentExecutable: String {
        var buffer = [CChar](repeating: 0, count: 4_096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return CommandLine.arguments.first ?? "swiftpx" }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// This process's environment with `extra` entries added (replacing those of the same name).
    public static func environment(adding extra: [String: String]) -> [String: String] {
        var entries: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                entries[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        entries.merge(extra) { _, new in new }
        return entries
    }

    // MARK: - Spawning

    /// Starts the process. The caller reaps it (``ProcessExitStatus/reap(_:blocking:)``) and closes the pipe ends
    /// it asked for; ``ChildProcess/spawn(_:onExit:)`` and ``run(timeout:)`` do both.
    /// - Returns: its pid and the parent's ends of its pipes.
    /// - Throws: ``TransportError/spawnFailed(executable:errno:)``, or ``TransportError/systemCall(_:errno:)``
    ///   when a pipe cannot be made.
    public func spawn() throws(TransportError) -> SpawnedProcess {
        let attributes = SpawnAttributes(grouping)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The pipes' ends are close-on-exec: neither this child nor another started meanwhile keeps the parent's
        // ends (a stray write end would keep the parent's reads from ever seeing the end of the output).
        var childEnds: [Int32] = []
        var parentInput: Int32?
        var parentOutput: Int32?
        func closeAll() {
            for fd in childEnds + [parentInput, parentOutput].compactMap({ $0 }) { close(fd) }
        }
        do throws(TransportError) {
            switch standardInput {
            case .null: posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            case .file(let path): posix_spawn_file_actions_addopen(&actions, 0, path, O_RDONLY, 0)
            case .pipe:
                let (read, write) = try Self.pipe()
                childEnds.append(read)
                parentInput = write
                posix_spawn_file_actions_adddup2(&actions, read, 0)
            }
            var outputEnd: Int32?
            if standardOutput == .pipe || standardError == .pipe {
                let (read, write) = try Self.pipe()
                childEnds.append(write)
                parentOutput = read
                outputEnd = write
            }
            redirect(standardOutput, to: 1, pipe: outputEnd, &actions)
            redirect(standardError, to: 2, pipe: outputEnd, &actions)
        } catch {
            closeAll()
            throw error
        }
        if let workingDirectory { posix_spawn_file_actions_addchdir_np(&actions, workingDirectory) }
        // After the redirections, which read the pipes' ends; all at once in the child, so a descriptor another
        // thread closes meanwhile cannot make the spawn fail.
        if closesOtherDescriptors { posix_spawn_file_actions_addclosefrom_np(&actions, 3) }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let envp: [UnsafeMutablePointer<CChar>?]? = environment.map { table in
            table.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        }
        defer { for pointer in envp ?? [] { free(pointer) } }
        var pid: pid_t = 0
        let result: Int32
        if var envp {
            result = posix_spawnp(&pid, executable, &actions, &attributes.value, argv, &envp)
        } else {
            result = posix_spawnp(&pid, executable, &actions, &attributes.value, argv, environ)
        }
        for fd in childEnds { close(fd) }
        childEnds = []
        guard result == 0 else {
            closeAll()
            throw TransportError.spawnFailed(executable: executable, errno: result)
        }
        return SpawnedProcess(pid: pid, input: parentInput, output: parentOutput)
    }

    private func redirect(
        _ output: Output, to fd: Int32, pipe: Int32?, _ actions: inout posix_spawn_file_actions_t
    ) {
        switch output {
        case .inherit: break
        case .discard: posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", O_WRONLY, 0)
        case .file(let path, let append):
            posix_spawn_file_actions_addopen(&actions, fd, path, O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC), 0o600)
        case .pipe: if let pipe { posix_spawn_file_actions_adddup2(&actions, pipe, fd) }
        case .standardOutput: posix_spawn_file_actions_adddup2(&actions, 1, fd)
        }
    }

    /// A close-on-exec pipe: (read end, write end).
    static func pipe() throws(TransportError) -> (Int32, Int32) {
        var ends: [Int32] = [0, 0]
        guard pipe2(&ends, O_CLOEXEC) == 0 else { throw TransportError.systemCall("pipe2", errno: errno) }
        return (ends[0], ends[1])
    }
}

/// A process just started by ``ProcessLaunch/spawn()``.
public struct SpawnedProcess: Sendable, Hashable {
    /// Its process ID (also its process group's, or its session's).
    public var pid: Int32
    /// The write end of its standard input, when that is ``ProcessLaunch/Input/pipe``; the caller closes it.
    public var input: Int32?
    /// The read end of its output, when stdout or stderr is ``ProcessLaunch/Output/pipe``; the caller closes it.
    public var output: Int32?
}
