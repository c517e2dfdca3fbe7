@preconcurrency import Glibc
import PXTransport
import PXTestSupport

/// A process a test starts and stops itself (a controller, an engine in a network namespace, `sshd`): its own
/// process group, stdin and stdout+stderr from/to files, stopped with its whole group.
final class BackgroundProcess {
    let pid: pid_t
    let outputFile: String
    private var status: Int32?

    /// Starts `arguments[0]` (an absolute path or a name looked up in `PATH`).
    /// - Parameters:
    ///   - arguments: the program and its arguments.
    ///   - outputFile: receives stdout and stderr.
    ///   - environment: extra `NAME=value` entries.
    init(_ arguments: [String], outputFile: String, environment: [String: String] = [:]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputFile, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let attributes = SpawnAttributes()  // empty signal mask, default actions, own process group
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = ProcessRunner.environment(adding: environment).map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, arguments[0], &actions, &attributes.value, argv, envp)
        guard result == 0 else {
            throw TestFailure("cannot start \(arguments[0]): errno \(result)")
        }
        self.pid = pid
        self.outputFile = outputFile
    }

    deinit {
        stop()
    }

    /// The current environment with `extra` entries added or replaced.
    /// Whether it still runs (reaping it if it ended).
    var isRunning: Bool {
        guard status == nil else { return false }
        var raw: Int32 = 0
        if waitpid(pid, &raw, WNOHANG) == pid {
            status = raw
            return false
        }
        return true
    }

    /// Its exit status once it ended (128 + the signal when a signal ended it).
    var exitCode: Int32? {
        guard !isRunning, let status else { return nil }
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// What it printed so far.
    var output: String { ProcessRunner.readFile(outputFile) }

    /// Waits until it exits by itself.
    /// - Returns: whether it did within `timeout` seconds.
    @discardableResult
    func waitForExit(timeout: Double) -> Bool {
        Deadline.poll(timeout: timeout) { !self.isRunning }
    }

    /// Stops its process group: SIGTERM, then SIGKILL after a second. Idempotent.
    func stop() {
        guard isRunning else { return }
        kill(-pid, SIGTERM)
        if !waitForExit(timeout: 1) {
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
            waitForExit(timeout: 5)
        }
    }
}
