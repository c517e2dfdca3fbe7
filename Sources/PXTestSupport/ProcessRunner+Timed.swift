@preconcurrency import Glibc
import PXTransport

/// Runs a program for tests: stdin from a file (or nothing), stdout and stderr captured together, with a
/// time limit after which the program's whole process group is killed.
extension ProcessRunner {
    /// What a timed run produced.
    public struct TimedResult: Sendable {
        /// Exit status (128 + signal when killed).
        public var status: Int32
        /// Stdout and stderr, interleaved in the order written (stdout only when stderr went to a file).
        public var output: String
        /// Whether the time limit killed it.
        public var timedOut: Bool
    }

    /// Runs `executable` with `arguments`.
    /// - Parameters:
    ///   - stdinPath: a file to connect to stdin; nil gives an empty stdin.
    ///   - environment: extra `NAME=value` entries added to the current environment.
    ///   - directory: the working directory; nil keeps the current one.
    ///   - errorPath: a file that receives stderr instead of the captured output; nil captures both
    ///     streams together. Default nil.
    ///   - timeout: seconds before the run is killed. Default 120.
    public static func run(_ executable: String, _ arguments: [String], stdinPath: String? = nil,
                           environment: [String: String] = [:], directory: String? = nil,
                           errorPath: String? = nil, timeout: Double = 120) -> TimedResult {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return TimedResult(status: -1, output: "pipe failed", timedOut: false) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinPath ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        if let errorPath {
            posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        } else {
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
        }
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        // Else the child keeps a second write end, and so does anything it leaves running: the read below
        // would wait for those too.
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        let attributes = SpawnAttributes()  // empty signal mask, default actions, own process group
        let env = ProcessRunner.environment(adding: environment)
        // `env -C DIR` changes the working directory of the child (posix_spawn has no portable way).
        let command = directory.map { ["/usr/bin/env", "-C", $0, executable] } ?? [executable]
        let argv = (command + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, &attributes.value, argv, envp)
        close(pipeEnds[1])
        guard spawned == 0 else {
            close(pipeEnds[0])
            return TimedResult(status: -1, output: "could not start \(executable): errno \(spawned)", timedOut: false)
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        var timedOut = false
        let deadline = monotonicNow() + timeout
        while true {
            var fds = [pollfd(fd: pipeEnds[0], events: Int16(POLLIN), revents: 0)]
            let remaining = deadline - monotonicNow()
            if remaining <= 0 {
                timedOut = true
                kill(-pid, SIGKILL)
                break
            }
            let ready = poll(&fds, 1, Int32(min(remaining, 1) * 1000))
            if ready < 0 && errno == EINTR { continue }
            if ready == 0 { continue }
            let n = read(pipeEnds[0], &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        close(pipeEnds[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return TimedResult(status: code, output: String(decoding: bytes, as: UTF8.self), timedOut: timedOut)
    }

    static func monotonicNow() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// The directory holding the test binary, where SwiftPM also puts the built `swiftpx`.
    public static var buildDirectory: String {
        let path = CommandLine.arguments[0]
        var dir = path
        // The test runner is `<build>/swiftpxPackageTests.xctest` (a file on Linux).
        if let slash = dir.lastIndex(of: "/") { dir = String(dir[..<slash]) } else { dir = "." }
        return dir
    }

    /// The path of the built `swiftpx` executable.
    public static var swiftpxExecutable: String { buildDirectory + "/swiftpx" }

    /// The package's root directory, from a source file path inside `Tests/`.
    public static func packageRoot(from filePath: String = #filePath) -> String {
        var components = filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        while let last = components.last, last != "Tests" && last != "Sources" { components.removeLast() }
        components.removeLast()
        return components.joined(separator: "/")
    }
}
