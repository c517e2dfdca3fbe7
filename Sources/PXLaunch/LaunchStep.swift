/// One thing `swiftpx cluster start` does to bring engines up. Launchers return them as data, so what each
/// launcher runs is tested without running it.
public enum LaunchStep: Hashable, Sendable {
    /// Writes a file (the Slurm job script).
    case writeFile(path: String, contents: String, mode: UInt32)
    /// Runs a helper command to completion; a failure stops the start (copying the connection file to a host).
    case run(LaunchCommand)
    /// Submits a batch job: runs the command to completion and reads the job ID from its output.
    case submit(LaunchCommand)
    /// Starts a long-running process, detached, that runs `engines` engines (an engine, `mpiexec`, an `ssh`).
    case start(LaunchCommand, engines: Int)
}

/// A command of a launch or stop step.
public struct LaunchCommand: Hashable, Sendable, Codable {
    /// What it is, for progress and error messages (`mpiexec`, `ssh node1`, `engine 3`).
    public var name: String
    /// The program (looked up in `PATH`) and its arguments.
    public var arguments: [String]
    /// A file fed to its stdin (the connection file copied over ssh). Default: none.
    public var standardInput: String?
    /// The log file name (without directory or `.log`) for long-running processes.
    public var logName: String
    /// The host its engines run on, when it is one host. Default: none.
    public var host: String?

    /// Creates a command.
    /// - Parameters:
    ///   - name: what it is.
    ///   - arguments: the program and its arguments.
    ///   - standardInput: a file for its stdin. Default: none.
    ///   - logName: its log's name. Default: `name` with spaces as dashes.
    ///   - host: the host its engines run on. Default: none.
    public init(
        name: String, arguments: [String], standardInput: String? = nil, logName: String? = nil,
        host: String? = nil
    ) {
        self.name = name
        self.arguments = arguments
        self.standardInput = standardInput
        self.logName = logName ?? name.split(separator: " ").joined(separator: "-")
        self.host = host
    }
}
