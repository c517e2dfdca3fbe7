import ArgumentParser
import PXLaunch

#if canImport(Glibc)
    import Glibc
#endif

/// `swiftpx cluster start -n N [--launcher local|mpi|ssh|slurm] [--hosts H,...] [--profile NAME] …`.
struct ClusterStartCommand: ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a controller and N engines in the background and wait until the engines have registered.")

    @OptionGroup var profile: ClusterProfileOptions

    @Option(name: .short, help: "Number of engines (default: the number of CPU cores).")
    var n: Int?

    @Option(name: .long, help: "How engines are started: local, mpi, ssh or slurm.")
    var launcher: LauncherKind = .local

    @Option(name: .long, help: "Hosts for ssh (and mpiexec --host): h1,h2 or h1:COUNT,h2:COUNT.")
    var hosts: String?

    @Option(name: .long, help: "The controller's listening address (loopback only by default).")
    var ip: String = "127.0.0.1"

    @Option(name: .long, help: "The controller's TCP port (0: any free port).")
    var port: Int = 0

    @Option(name: .long, help: "Host name or address engines use to reach the controller.")
    var location: String?

    @Option(name: .long, help: "Seconds to wait for all engines to register.")
    var timeout: Double = 60

    @Option(name: .long, help: "Seconds between heartbeats.")
    var heartbeatPeriod: Double = 1

    @Option(name: .long, help: "Missed heartbeats after which an engine is dead.")
    var heartbeatMisses: Int = 10

    @Option(name: .long, help: "The swiftpx run as engine by mpiexec, ssh and srun (default: this executable).")
    var engineExecutable: String?

    @Option(name: .long, help: "Load a plugin library into every engine.")
    var plugin: [String] = []

    @Option(name: .long, parsing: .unconditionalSingleValue, help: "An extra mpiexec argument (repeatable).")
    var mpiArg: [String] = []

    @Option(
        name: .long, parsing: .unconditionalSingleValue,
        help: "An extra ssh argument, e.g. --ssh-arg=-p --ssh-arg=2222.")
    var sshArg: [String] = []

    @Option(name: .long, help: "Where ssh hosts keep the connection file (default: .swiftpx/remote in the home).")
    var remoteDir: String?

    @Option(
        name: .long, parsing: .unconditionalSingleValue,
        help: "An extra #SBATCH line, e.g. --sbatch-option=--time=1:00:00.")
    var sbatchOption: [String] = []

    func execute(_ context: CommandContext) throws -> Int32 {
        var settings = profile.settings(context)
        settings.engineCount = n ?? max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        settings.launcher = launcher
        settings.controllerIP = ip
        settings.controllerPort = port
        settings.location = location
        settings.engineTimeout = try Self.duration(timeout, "--timeout")
        settings.heartbeatPeriod = try Self.duration(heartbeatPeriod, "--heartbeat-period")
        settings.heartbeatMisses = heartbeatMisses
        settings.engineExecutable = engineExecutable
        settings.plugins = plugin
        settings.mpiArguments = mpiArg
        settings.sshArguments = sshArg
        if let remoteDir { settings.remoteDirectory = remoteDir }
        settings.sbatchOptions = sbatchOption
        let progress = ProgressLine()
        do {
            if let hosts {
                settings.hosts = try HostSpec.parseList(hosts)
                if n == nil && settings.hosts.allSatisfy({ $0.engines != nil }) {
                    settings.engineCount = settings.hosts.compactMap(\.engines).reduce(0, +)
                }
            }
            if !ClusterSettings.isLoopback(ip) {
                printError(
                    "warning: the controller listens on \(ip), not loopback: any host that can reach this "
                        + "port can try to connect (peers still need the cluster key)")
            }
            StopSignal.install()
            let started = try ClusterManager.start(settings, shouldStop: { StopSignal.isRaised }) { event in
                switch event {
                case .notice(let text): progress.notice(text)
                case .progress(let registered, let expected, let elapsed):
                    progress.update(registered: registered, expected: expected, elapsed: elapsed)
                }
            }
            progress.finish()
            for line in ClusterReport.started(started) { printLine(line) }
            return 0
        } catch {
            progress.finish()
            throw exitWithClusterError(error)
        }
    }

    static func duration(_ seconds: Double, _ flag: String) throws -> Duration {
        guard seconds > 0, seconds < 1e6 else { throw ValidationError("\(flag) must be a positive number of seconds") }
        return .nanoseconds(Int64(seconds * 1e9))
    }
}

extension LauncherKind: ExpressibleByArgument {}
