@preconcurrency import Glibc
import PXTransport

/// Runs a program for tests: stdin from a file (or nothing), stdout and stderr captured together, with a
/// time limit after which the program's whole process group is killed.
extension ProcessRunner {
    /// What a timed run produced: the exit status (`status`, 128 + signal when killed), stdout and stderr
    /// interleaved in the order written, and whether the time limit killed it.
    public typealias TimedResult = ProcessOutput

    /// Runs `executable` with `arguments`.
    /// - Parameters:
    ///   - stdinPath: a file to connect to stdin; nil gives an empty stdin.
    ///   - environment: extra `NAME=value` entries added to the current environment.
    ///   - directory: the working directory; nil keeps the current one.
    ///   - errorPath: a file that receives stderr instead of `output`; nil interleaves it there. Default nil.
    ///   - timeout: seconds before the run's process group is killed. Default 120.
    /// - Returns: the outcome; a program that cannot be started gives status 127 and says why in `output`.
    public static func run(_ executable: String, _ arguments: [String], stdinPath: String? = nil,
                           environment: [String: String] = [:], directory: String? = nil,
                           errorPath: String? = nil, timeout: Double = 120) -> TimedResult {
        var launch = ProcessLaunch(executable: executable, arguments: arguments)
        launch.standardInput = stdinPath.map { .file($0) } ?? .null
        launch.standardOutput = .pipe
        launch.standardError = errorPath.map { .file($0, append: false) } ?? .standardOutput
        launch.environment = ProcessLaunch.environment(adding: environment)
        launch.workingDirectory = directory
        do {
            return try launch.run(timeout: .nanoseconds(Int64(timeout * 1e9)))
        } catch {
            return ProcessOutput(exitStatus: .exited(127), output: "could not start \(executable): \(error)", timedOut: false)
        }
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
