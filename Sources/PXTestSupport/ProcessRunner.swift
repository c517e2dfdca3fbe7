@preconcurrency import Glibc
import PXTransport

/// Runs short helper commands (such as `tmux`) to completion and collects
/// their output (through `ProcessLaunch`, like every process swiftpx starts).
///
/// Output goes to a file rather than a pipe, so a daemon the command leaves
/// behind (the tmux server) cannot keep the read end waiting.
public enum ProcessRunner {
    /// An error starting a command.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What failed, with the system error.
        public var description: String
    }

    /// Runs `arguments[0]` (looked up in `PATH`) with the other arguments, stdin from `/dev/null`.
    /// - Parameters:
    ///   - arguments: The program and its arguments.
    ///   - outputFile: A scratch file that receives stdout and stderr; it is overwritten.
    /// - Returns: How it ended, and its output.
    /// - Throws: `Failure` if the program cannot be started.
    public static func run(_ arguments: [String], outputFile: String) throws(Failure) -> ProcessOutput {
        var launch = ProcessLaunch(executable: arguments[0], arguments: Array(arguments.dropFirst()))
        launch.standardOutput = .file(outputFile, append: false)
        launch.standardError = .standardOutput
        do {
            var result = try launch.run(timeout: nil)
            result.output = readFile(outputFile)
            return result
        } catch {
            throw Failure(description: "\(error)")
        }
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
}
