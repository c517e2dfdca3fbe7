import PXTransport

extension ChildProcess {
    /// Starts `arguments[0]` with stderr joined to stdout and `environment` added to this process's; `adjust`
    /// sets the streams.
    static func start(
        _ arguments: [String], environment: [String: String], _ adjust: (inout ProcessLaunch) -> Void
    ) throws(TestFailure) -> ChildProcess {
        var launch = ProcessLaunch(executable: arguments[0], arguments: Array(arguments.dropFirst()))
        launch.standardError = .standardOutput
        launch.environment = ProcessLaunch.environment(adding: environment)
        adjust(&launch)
        do {
            return try ChildProcess.spawn(launch)
        } catch {
            throw TestFailure("\(error)")
        }
    }
}
