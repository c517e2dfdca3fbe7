@preconcurrency import Glibc
import PXTestSupport
import PXTransport

/// A process a test starts and stops itself (a controller, an engine in a network namespace, `sshd`): its own
/// process group, stdin from `/dev/null`, stdout and stderr appended to a file, stopped with its whole group.
final class BackgroundProcess {
    let child: ChildProcess
    let outputFile: String

    var pid: pid_t { child.pid }

    /// Starts `arguments[0]` (an absolute path or a name looked up in `PATH`).
    /// - Parameters:
    ///   - arguments: the program and its arguments.
    ///   - outputFile: receives stdout and stderr.
    ///   - environment: extra `NAME=value` entries.
    init(_ arguments: [String], outputFile: String, environment: [String: String] = [:]) throws {
        child = try ChildProcess.start(arguments, environment: environment) {
            $0.standardOutput = .file(outputFile, append: true)
        }
        self.outputFile = outputFile
    }

    deinit {
        stop()
    }

    /// Whether it still runs.
    var isRunning: Bool { child.exitStatus == nil }

    /// Its exit status once it ended (128 + the signal when a signal ended it).
    var exitCode: Int32? { child.exitStatus?.shellStatus }

    /// What it printed so far.
    var output: String { ProcessRunner.readFile(outputFile) }

    /// Waits until it exits by itself.
    /// - Returns: whether it did within `timeout` seconds.
    @discardableResult
    func waitForExit(timeout: Double) -> Bool {
        child.wait(timeout: .nanoseconds(Int64(timeout * 1e9))) != nil
    }

    /// Stops its process group: SIGTERM, then SIGKILL after a second. Idempotent.
    func stop() {
        child.terminate(grace: .seconds(1))
    }
}
