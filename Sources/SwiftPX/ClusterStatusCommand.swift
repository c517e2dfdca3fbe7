import ArgumentParser
import PXLaunch

/// `swiftpx cluster status [--profile NAME]`: the controller and every engine with host, pid and state.
/// Exits 0 when the controller answers, 1 when it does not, 11 when the profile has no cluster.
struct ClusterStatusCommand: ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "List the cluster's engines with host, pid and state.")

    @OptionGroup var profile: ClusterProfileOptions

    func execute(_ context: CommandContext) throws -> Int32 {
        do {
            let status = try ClusterManager.status(profile.settings(context))
            for line in ClusterReport.status(status) { printLine(line) }
            return status.address == nil ? 1 : 0
        } catch {
            throw exitWithClusterError(error)
        }
    }
}
