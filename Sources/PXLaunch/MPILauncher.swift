/// Engines as the ranks of one `mpiexec -n N swiftpx engine --file F`. Each engine reads its rank from the
/// environment (`OMPI_COMM_WORLD_RANK`, `PMI_RANK`, …), exposes it as `mpi_rank` and asks for it as its ID,
/// so engine IDs are the ranks.
public struct MPILauncher: EngineLauncher {
    /// Creates the launcher.
    public init() {}

    /// One `start` step: `mpiexec -n N [--host h:k,…] [ARGS] ENGINE engine --file F`.
    public func startSteps(_ context: LaunchContext) throws(ClusterError) -> [LaunchStep] {
        let settings = context.settings
        var arguments = [settings.mpiCommand, "-n", String(settings.engineCount)]
        if !settings.hosts.isEmpty {
            let hosts = try HostSpec.distribute(settings.engineCount, over: settings.hosts)
            arguments += ["--host", hosts.map { "\($0.host):\($0.count)" }.joined(separator: ",")]
        }
        arguments += settings.mpiArguments
        arguments += [context.engineExecutable] + context.engineArguments()
        return [.start(LaunchCommand(name: "mpiexec", arguments: arguments), engines: settings.engineCount)]
    }

    /// Nothing: `mpiexec` exits once its ranks have.
    public func stopCommands(_ context: LaunchContext, jobID: String?) -> [LaunchCommand] { [] }

    /// The arguments `start` adds for the MPI found on this host: with Open MPI, `--oversubscribe` (engines
    /// mostly wait, so more engines than cores is normal) and, for root, `--allow-run-as-root`.
    /// - Parameters:
    ///   - versionOutput: what `mpiexec --version` printed.
    ///   - isRoot: whether `start` runs as root.
    ///   - given: the arguments already given (nothing is added twice).
    /// - Returns: the arguments to put before the given ones.
    public static func defaultArguments(versionOutput: String, isRoot: Bool, given: [String]) -> [String] {
        guard versionOutput.contains("Open MPI") || versionOutput.contains("OpenRTE") else { return [] }
        var added: [String] = []
        if !given.contains("--oversubscribe") { added.append("--oversubscribe") }
        if isRoot && !given.contains("--allow-run-as-root") { added.append("--allow-run-as-root") }
        return added
    }
}
