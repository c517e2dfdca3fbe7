/// Engines as processes on this host: `swiftpx engine --file F`, one detached process each.
public struct LocalLauncher: EngineLauncher {
    /// Creates the launcher.
    public init() {}

    /// One `start` step per engine, each with its own log (`log/engine-<i>.log`).
    public func startSteps(_ context: LaunchContext) throws(ClusterError) -> [LaunchStep] {
        (0..<context.settings.engineCount).map { index in
            .start(
                LaunchCommand(
                    name: "engine process \(index)",
                    arguments: [context.settings.executable] + context.engineArguments(),
                    logName: "engine-\(index)"),
                engines: 1)
        }
    }

    /// Nothing: the engines exit when told to shut down (or when their controller goes away).
    public func stopCommands(_ context: LaunchContext, jobID: String?) -> [LaunchCommand] { [] }
}
