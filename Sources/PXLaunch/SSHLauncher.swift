import PXTransport
import PXWire

/// Engines on other hosts over ssh: the engine connection file is copied to each host (mode 0600, through
/// ssh's stdin), then each engine runs as `ssh HOST exec swiftpx engine --file REMOTE-FILE`.
public struct SSHLauncher: EngineLauncher {
    /// Creates the launcher.
    public init() {}

    /// Per host: a `run` step copying the connection file, then one `start` step per engine on it.
    public func startSteps(_ context: LaunchContext) throws(ClusterError) -> [LaunchStep] {
        let settings = context.settings
        let remoteFile = Self.remoteFile(context)
        let directory = settings.remoteDirectory
        var steps: [LaunchStep] = []
        for (host, count) in try HostSpec.distribute(settings.engineCount, over: settings.hosts) {
            let temporary = remoteFile + ".tmp"
            let copy =
                "umask 077 && mkdir -p \(ShellQuoting.quote(directory)) && cat > "
                + "\(ShellQuoting.quote(temporary)) && mv -f \(ShellQuoting.quote(temporary)) "
                + ShellQuoting.quote(remoteFile)
            steps.append(
                .run(
                    LaunchCommand(
                        name: "copy of the connection file to \(host)",
                        arguments: Self.ssh(settings, host: host, command: copy),
                        standardInput: context.engineFile, host: host)))
            let engine =
                "exec "
                + ShellQuoting.join(
                    [context.engineExecutable]
                        + context.engineArguments(file: remoteFile))
            for index in 0..<count {
                steps.append(
                    .start(
                        LaunchCommand(
                            name: "ssh \(host) engine \(index)",
                            arguments: Self.ssh(settings, host: host, command: engine),
                            logName: "ssh-\(ShellQuoting.fileNamePart(host))-\(index)", host: host),
                        engines: 1))
            }
        }
        return steps
    }

    /// Per host: `ssh HOST rm -f REMOTE-FILE`.
    public func stopCommands(_ context: LaunchContext, jobID: String?) -> [LaunchCommand] {
        let hosts = (try? HostSpec.distribute(context.settings.engineCount, over: context.settings.hosts)) ?? []
        let remove = "rm -f " + ShellQuoting.quote(Self.remoteFile(context))
        return hosts.map { host, _ in
            LaunchCommand(
                name: "removal of the connection file on \(host)",
                arguments: Self.ssh(context.settings, host: host, command: remove), host: host)
        }
    }

    /// The connection file's path on the hosts (relative paths are relative to the remote home).
    static func remoteFile(_ context: LaunchContext) -> String {
        let directory = context.settings.remoteDirectory
        let name = ConnectionInfo.fileName(role: .engine, clusterID: context.clusterID)
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// `ssh -o BatchMode=yes [ARGS] HOST COMMAND`.
    static func ssh(_ settings: ClusterSettings, host: String, command: String) -> [String] {
        [settings.sshCommand, "-o", "BatchMode=yes"] + settings.sshArguments + [host, command]
    }
}
