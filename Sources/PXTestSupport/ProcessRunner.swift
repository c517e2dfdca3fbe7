@preconcurrency import Glibc
import PXTransport

/// Runs short helper commands (such as `tmux`) to completion and collects
/// their output.
///
/// Output goes to a file rather than a pipe, so a daemon the command leaves
/// behind (the tmux server) cannot keep the read end waiting.
public enum ProcessRunner {
    /// The result of a finished command.
    public struct Result: Sendable, Hashable {
        /// The exit status, or 128 + signal number if a signal ended it.
        public var status: Int32
        /// Standard output and standard error, interleaved.
        public var output: String
    }

    /// An error starting or waiting for a command.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What failed, with the system error number.
        public var description: String
    }

    /// Runs `arguments[0]` (looked up in `PATH`) with the other arguments.
    /// - Parameters:
    ///   - arguments: The program and its arguments.
    ///   - outputFile: A scratch file that receives the output; it is overwritten.
    /// - Returns: The exit status and output.
    /// - Throws: `Failure` if the program cannot be started or waited for.
    public static func run(_ arguments: [String], outputFile: String) throws(Failure) -> Result {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        // The test runner's threads block some signals; children start with an empty mask and default actions.
        let attributes = SpawnAttributes()

        var cArguments = arguments.map { strdup($0) }
        defer { cArguments.forEach { free($0) } }
        cArguments.append(nil)
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes.value, cArguments, environ)
        guard spawned == 0 else {
            throw Failure(description: "cannot start \(arguments[0]) (errno \(spawned))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else {
                throw Failure(description: "waitpid for \(arguments[0]) failed (errno \(errno))")
            }
        }
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exitStatus, output: readFile(outputFile))
    }

    /// The full path of `program` in `PATH`, or `nil` if it is not installed.
    public static func locate(_ program: String) -> String? {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(program)"
            if access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return nil
    }

    /// The contents of a file as UTF-8 (repaired), or `""` if it cannot be read.
    public static func readFile(_ path: String) -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return "" }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[..<count]
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// This process's environment as `NAME=value` entries, with `extra` added (replacing entries of the same
    /// name), for `posix_spawn`.
    public static func environment(adding extra: [String: String]) -> [String] {
        var entries: [String] = []
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if extra[String(text.prefix { $0 != "=" })] == nil { entries.append(text) }
            pointer += 1
        }
        return entries + extra.map { "\($0.key)=\($0.value)" }
    }
}
