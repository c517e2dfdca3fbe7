import ArgumentParser
import Logging
import PXController
import PXLaunch
import PXTransport

#if canImport(Glibc)
import Glibc
#endif

/// `swiftpx controller [--ip ADDR] [--port P] [--dir DIR] [--location HOST] [--heartbeat-period S]
/// [--heartbeat-misses N]`: a standalone controller that writes connection files (mode 0600) and runs until a
/// client shuts it down.
struct ControllerCommand: ContextCommand {
    static let configuration = CommandConfiguration(commandName: "controller",
                                                    abstract: "Run a standalone controller.")

    @Option(name: .long, help: "Listen on TCP at this address (default: loopback only).")
    var ip: String = "127.0.0.1"

    @Option(name: .long, help: "TCP port (0: any free port).")
    var port: Int = 0

    @Option(name: .long, help: "Where connection files go (default: $SWIFTPX_DIR).")
    var dir: String?

    @Option(name: .long, help: "Name distinguishing several clusters in one directory.")
    var clusterID: String?

    @Option(name: .long, help: "Host name or address peers connect to (default: --ip, or the host name for 0.0.0.0).")
    var location: String?

    @Option(name: .long, help: "Seconds between heartbeats to each engine (default: 1).")
    var heartbeatPeriod: Double?

    @Option(name: .long, help: "Missed heartbeats after which an engine is dead (default: 10).")
    var heartbeatMisses: Int?

    func execute(_ context: CommandContext) throws -> Int32 {
        let directory = dir ?? context.environment.stateDirectory
        var listen = ServerSettings()
        listen.tcpHost = ip
        listen.tcpPort = port
        var settings = ControllerSettings()
        if let heartbeatPeriod {
            guard heartbeatPeriod > 0, heartbeatPeriod < 86_400 else {
                throw ValidationError("--heartbeat-period must be between 0 and 86400 seconds")
            }
            settings.heartbeatPeriod = .nanoseconds(Int64(heartbeatPeriod * 1e9))
        }
        if let heartbeatMisses { settings.heartbeatMisses = heartbeatMisses }
        try settings.validate()
        if !ClusterSettings.isLoopback(ip) {
            printError("warning: listening on \(ip), not loopback: any host that can reach this port can try to "
                + "connect (peers still need the cluster key)")
        }
        let location = self.location ?? (ControllerCommand.isWildcard(ip) ? ControllerCommand.hostName() : nil)
        let clusterID = self.clusterID
        let controllerSettings = settings
        let listenSettings = listen
        try Blocking.run {
            try await ControllerServer.serve(settings: controllerSettings, listen: listenSettings,
                                             directory: directory, clusterID: clusterID, location: location) { server in
                let file = directory + "/" + ConnectionInfo.fileName(role: .client, clusterID: clusterID)
                printLine("controller listening on \(server.addresses.map(\.description).joined(separator: ", "))")
                printLine("connect with: swiftpx --connect \(file)")
            }
        }
        return 0
    }

    /// Whether `host` means every interface, which peers cannot connect to as such.
    static func isWildcard(_ host: String) -> Bool {
        host == "0.0.0.0" || host == "::" || host == "[::]"
    }

    /// This host's name.
    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        gethostname(&buffer, buffer.count)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Writes a line to stderr, unbuffered.
func printError(_ text: String) {
    var line = text + "\n"
    line.withUTF8 { _ = Glibc.write(2, $0.baseAddress, $0.count) }
}

/// Writes a line to stdout, unbuffered (so a parent reading our output sees it at once).
func printLine(_ text: String) {
    var line = text + "\n"
    line.withUTF8 { _ = Glibc.write(1, $0.baseAddress, $0.count) }
}
