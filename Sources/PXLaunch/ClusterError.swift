/// Why a `swiftpx cluster` command failed. The description is the whole message, ready to print; ``exitCode``
/// follows ipcluster's (10 already started, 11 already stopped / no cluster).
public struct ClusterError: Error, CustomStringConvertible, Sendable, Equatable {
    enum Base: Equatable, Sendable {
        case invalidSettings(String)
        case alreadyRunning(profile: String, pid: Int32)
        case noCluster(profile: String)
        case controllerFailed(String)
        case launchFailed(String)
        case enginesMissing(String)
        case stateFile(path: String, reason: String)
        case unreachable(String)
        case interrupted
    }

    let base: Base

    /// A setting or flag is wrong.
    public static func invalidSettings(_ why: String) -> ClusterError { ClusterError(base: .invalidSettings(why)) }
    /// `start` found a cluster of the profile running.
    public static func alreadyRunning(profile: String, pid: Int32) -> ClusterError {
        ClusterError(base: .alreadyRunning(profile: profile, pid: pid))
    }
    /// `stop` or `status` found no cluster for the profile.
    public static func noCluster(profile: String) -> ClusterError { ClusterError(base: .noCluster(profile: profile)) }
    /// The controller did not start; the text says why (with the end of its log).
    public static func controllerFailed(_ why: String) -> ClusterError { ClusterError(base: .controllerFailed(why)) }
    /// A launcher command (`mpiexec`, `ssh`, `sbatch`) could not be run or failed.
    public static func launchFailed(_ why: String) -> ClusterError { ClusterError(base: .launchFailed(why)) }
    /// Not every engine registered in time; the text names what did not come up.
    public static func enginesMissing(_ report: String) -> ClusterError { ClusterError(base: .enginesMissing(report)) }
    /// The cluster's state file cannot be read or written.
    public static func stateFile(path: String, reason: String) -> ClusterError {
        ClusterError(base: .stateFile(path: path, reason: reason))
    }
    /// The cluster's controller cannot be reached.
    public static func unreachable(_ why: String) -> ClusterError { ClusterError(base: .unreachable(why)) }

    /// `start` was interrupted (Ctrl-C) and stopped what it had started.
    public static let interrupted = ClusterError(base: .interrupted)

    /// The exit status for this error: 10 when a cluster is already running, 11 when there is none, 130 when
    /// interrupted, else 1.
    public var exitCode: Int32 {
        switch base {
        case .alreadyRunning: 10
        case .noCluster: 11
        case .interrupted: 130
        default: 1
        }
    }

    /// The message.
    public var description: String {
        switch base {
        case .invalidSettings(let why): return why
        case .alreadyRunning(let profile, let pid):
            return "a cluster is already running in profile '\(profile)' (controller pid \(pid)); stop it with "
                + "'swiftpx cluster stop\(Self.profileFlag(profile))'"
        case .noCluster(let profile): return "no cluster in profile '\(profile)'"
        case .controllerFailed(let why): return "the controller did not start: \(why)"
        case .launchFailed(let why): return why
        case .enginesMissing(let report): return report
        case .stateFile(let path, let reason): return "cluster state file \(path): \(reason)"
        case .unreachable(let why): return why
        case .interrupted: return "interrupted; everything started was stopped"
        }
    }

    /// ` --profile NAME`, or nothing for the default profile.
    static func profileFlag(_ profile: String) -> String {
        profile == ClusterSettings.defaultProfile ? "" : " --profile \(profile)"
    }
}
