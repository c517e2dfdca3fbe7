import ArgumentParser
import PXLaunch

/// `swiftpx cluster start|stop|status`: a controller and engines that run in the background, started through
/// a launcher (local processes, `mpiexec`, `ssh`, Slurm), for shells and scripts to attach to.
struct ClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Start, stop or inspect a cluster running in the background.",
        subcommands: [ClusterStartCommand.self, ClusterStopCommand.self, ClusterStatusCommand.self]
    )
}

/// `--profile NAME`, shared by the cluster subcommands.
struct ClusterProfileOptions: ParsableArguments {
    @Option(name: .long, help: "The profile: one cluster per profile, files in $SWIFTPX_DIR/profile_NAME.")
    var profile: String = ClusterSettings.defaultProfile

    /// Settings carrying the state directory and profile.
    func settings(_ context: CommandContext) -> ClusterSettings {
        var settings = ClusterSettings(stateDirectory: context.environment.stateDirectory)
        settings.profile = profile
        return settings
    }
}

/// Prints a cluster error the way ArgumentParser prints others, and exits with its status.
func exitWithClusterError(_ error: ClusterError) -> ExitCode {
    printError("Error: \(error)")
    return ExitCode(error.exitCode)
}
