/// A way of starting engines: plans the steps of `start` and the commands `stop` runs after the engines were
/// told to shut down. Planning is pure; ``ClusterManager`` carries the steps out.
public protocol EngineLauncher: Sendable {
    /// The steps that start the engines.
    /// - Parameter context: the settings and the cluster's files.
    /// - Returns: the steps in order.
    /// - Throws: ``ClusterError`` when the settings do not fit the launcher.
    func startSteps(_ context: LaunchContext) throws(ClusterError) -> [LaunchStep]

    /// Commands that `stop` runs to clean up (cancel the job, remove copied connection files); they are saved
    /// in the state file, so `stop` needs no settings.
    /// - Parameters:
    ///   - context: the settings and the cluster's files.
    ///   - jobID: the batch job's ID, when one was submitted.
    /// - Returns: the commands in order.
    func stopCommands(_ context: LaunchContext, jobID: String?) -> [LaunchCommand]
}

extension LauncherKind {
    /// The launcher of this kind.
    public var launcher: any EngineLauncher {
        switch self {
        case .local: LocalLauncher()
        case .mpi: MPILauncher()
        case .ssh: SSHLauncher()
        case .slurm: SlurmLauncher()
        }
    }
}
