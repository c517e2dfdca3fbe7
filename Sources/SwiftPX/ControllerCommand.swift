import ArgumentParser
import Logging
import PXController
import PXTransport

#if canImport(Glibc)
import Glibc
#endif

/// `swiftpx controller [--ip ADDR] [--port P] [--dir DIR]`: a standalone controller that writes connection
/// files (mode 0600) and runs until a client shuts it down.
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

    func execute(_ context: CommandContext) throws -> Int32 {
        let directory = dir ?? context.environment.stateDirectory
        var listen = ServerSettings()
        listen.tcpHost = ip
        listen.tcpPort = port
        if ip != "127.0.0.1" && ip != "localhost" && ip != "::1" {
            printError("warning: listening on \(ip), not loopback: any host that can reach this port can try to "
                + "connect (peers still need the cluster key)")
        }
        let clusterID = self.clusterID
        let settings = listen
        try Blocking.run {
            try await ControllerServer.serve(listen: settings, directory: directory, clusterID: clusterID) { server in
                let file = directory + "/" + ConnectionInfo.fileName(role: .client, clusterID: clusterID)
                printLine("controller listening on \(server.addresses.map(\.description).joined(separator: ", "))")
                printLine("connect with: swiftpx --connect \(file)")
            }
        }
        return 0
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
