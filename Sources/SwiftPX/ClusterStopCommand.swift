import ArgumentParser
import PXLaunch

/// `swiftpx cluster stop [--profile NAME]`: stops everything `start` started, also after a crash.
struct ClusterStopCommand: ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "stop", abstract: "Stop the cluster's engines and controller and remove its files.")

    @OptionGroup var profile: ClusterProfileOptions

    func execute(_ context: CommandContext) throws -> Int32 {
        do {
            let stopped = try ClusterManager.stop(profile.settings(context))
            let how = stopped.wasRunning ? "stopped" : "was not running; cleaned up after it"
            printLine("cluster \(stopped.clusterID) \(how)")
            if !stopped.killed.isEmpty {
                printLine("had to kill: " + stopped.killed.joined(separator: ", "))
            }
            for problem in stopped.problems { printError("warning: \(problem)") }
            return 0
        } catch {
            throw exitWithClusterError(error)
        }
    }
}
