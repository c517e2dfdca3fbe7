import PXTransport

/// What `swiftpx cluster start` starts and how; the command's flags map onto these fields 1:1.
public struct ClusterSettings: Hashable, Sendable {
    /// The profile used when none is given.
    public static let defaultProfile = "default"

    /// The state directory (`$SWIFTPX_DIR`, read by the executable); profiles live under it.
    public var stateDirectory: String
    /// The profile: one cluster per profile, its files in `<stateDirectory>/profile_<name>`. Default: `default`.
    public var profile: String = ClusterSettings.defaultProfile
    /// How many engines to start and wait for. Default: 1 (the command defaults it to the number of cores).
    public var engineCount: Int = 1
    /// How the engines are started. Default: ``LauncherKind/local``.
    public var launcher: LauncherKind = .local
    /// Hosts for the `ssh` and `mpi` launchers (`mpiexec --host`). Default: none.
    public var hosts: [HostSpec] = []
    /// The address the controller listens on. Default: `127.0.0.1` (loopback only).
    public var controllerIP: String = "127.0.0.1"
    /// The controller's TCP port; 0 picks a free one. Default: 0.
    public var controllerPort: Int = 0
    /// The host name or address engines and clients use to reach the controller. Default: `nil` (the listening
    /// address, or this host's name when listening on every interface).
    public var location: String?
    /// How often the controller sends each engine a heartbeat. Default: 1 s.
    public var heartbeatPeriod: Duration = .seconds(1)
    /// Missed heartbeats after which an engine is declared dead. Default: 10.
    public var heartbeatMisses: Int = 10
    /// How long `start` waits for all engines to register (ipyparallel's `engine_timeout`). Default: 60 s.
    public var engineTimeout: Duration = .seconds(60)
    /// How long `start` waits for the controller to write its connection files. Default: 10 s.
    public var controllerTimeout: Duration = .seconds(10)
    /// The swiftpx executable run as controller and local engines. Default: the running executable.
    public var executable: String = ProcessLaunch.currentExecutable
    /// The program run as an engine by `mpiexec`, `ssh` and `srun`. Default: `nil`, ``executable`` (the same path
    /// on every host, as on a cluster with a shared file system).
    public var engineExecutable: String?
    /// Plugin libraries loaded into every engine. Default: none.
    public var plugins: [String] = []
    /// The MPI launcher program. Default: `mpiexec`.
    public var mpiCommand: String = "mpiexec"
    /// Extra arguments for `mpiexec`, before the engine command. Default: none (with Open MPI, `start` adds
    /// `--oversubscribe`, and `--allow-run-as-root` when run as root).
    public var mpiArguments: [String] = []
    /// The ssh client. Default: `ssh`.
    public var sshCommand: String = "ssh"
    /// Extra arguments for every `ssh` call, before the host (e.g. `-p 2222`, `-i KEY`). `start` always adds
    /// `-o BatchMode=yes` so that ssh fails instead of asking for a password. Default: none.
    public var sshArguments: [String] = []
    /// Where the connection file is put on ssh hosts, relative to the remote home unless absolute.
    /// Default: `.swiftpx/remote`.
    public var remoteDirectory: String = ".swiftpx/remote"
    /// The Slurm submit, cancel and query programs. Defaults: `sbatch`, `scancel`, `squeue`.
    public var sbatchCommand: String = "sbatch"
    /// See ``sbatchCommand``.
    public var scancelCommand: String = "scancel"
    /// See ``sbatchCommand``.
    public var squeueCommand: String = "squeue"
    /// Extra `#SBATCH` lines for the job script, e.g. `--partition=debug`, `--time=01:00:00`. Default: none.
    public var sbatchOptions: [String] = []
    /// How long one helper command (ssh file copy, `sbatch`, `scancel`) may take. Default: 30 s.
    public var commandTimeout: Duration = .seconds(30)

    /// Creates the default settings.
    /// - Parameter stateDirectory: `$SWIFTPX_DIR` (or `~/.swiftpx`).
    public init(stateDirectory: String) {
        self.stateDirectory = stateDirectory
    }

    /// The files of this settings' profile.
    public var paths: ClusterPaths { ClusterPaths(stateDirectory: stateDirectory, profile: profile) }

    /// Checks the values.
    /// - Throws: ``ClusterError/invalidSettings(_:)`` naming the problem.
    public func validate() throws(ClusterError) {
        guard !profile.isEmpty, profile.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }),
            !profile.hasPrefix(".")
        else {
            throw ClusterError.invalidSettings("--profile must be letters, digits, '-', '_' or '.', got '\(profile)'")
        }
        guard engineCount >= 1 else { throw ClusterError.invalidSettings("-n must be at least 1") }
        guard (0...65_535).contains(controllerPort) else {
            throw ClusterError.invalidSettings("--port \(controllerPort) is out of range")
        }
        guard heartbeatPeriod > .zero, heartbeatMisses >= 1 else {
            throw ClusterError.invalidSettings("--heartbeat-period must be positive and --heartbeat-misses at least 1")
        }
        guard engineTimeout > .zero, controllerTimeout > .zero, commandTimeout > .zero else {
            throw ClusterError.invalidSettings("timeouts must be positive")
        }
        switch launcher {
        case .local, .slurm:
            guard hosts.isEmpty else {
                throw ClusterError.invalidSettings("--hosts applies to the mpi and ssh launchers, not \(launcher)")
            }
        case .ssh:
            guard !hosts.isEmpty else { throw ClusterError.invalidSettings("the ssh launcher needs --hosts") }
            let remote = hosts.map(\.name).filter { !Self.isLocalHost($0) }
            if Self.isLoopback(controllerIP) && location == nil, let first = remote.first {
                throw ClusterError.invalidSettings(
                    "engines on \(first) cannot reach a controller listening on loopback (\(controllerIP)): give "
                        + "--ip with an address they can reach (e.g. --ip 0.0.0.0 --location THIS-HOST)")
            }
        case .mpi:
            break
        }
        if !hosts.isEmpty { _ = try HostSpec.distribute(engineCount, over: hosts) }
    }

    /// Whether `host` is a loopback address.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Whether an ssh host name means this machine through loopback.
    static func isLocalHost(_ host: String) -> Bool {
        let name = host.split(separator: "@").last.map(String.init) ?? host
        return isLoopback(name)
    }
}
