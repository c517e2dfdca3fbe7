import ArgumentParser
@preconcurrency import Glibc
import PXEngine
import PXRuntime
import PXTransport
import PXWire

/// `swiftpx engine (--file FILE [--url URL] | --url URL --key KEY) [--plugin LIB]...`: one engine process.
struct EngineCommand: ContextCommand {
    static let configuration = CommandConfiguration(commandName: "engine", abstract: "Run one engine.")

    @Option(name: .long, help: "The controller's engine connection file.")
    var file: String?

    @Option(name: .long, help: "The controller's address (unix:PATH or tcp://HOST:PORT); overrides --file's.")
    var url: String?

    @Option(name: .long, help: "The cluster key in hex, with --url.")
    var key: String?

    @Option(name: .long, help: "Load a plugin library into this engine.")
    var plugin: [String] = []

    func validate() throws {
        if file == nil && (url == nil || key == nil) {
            throw ValidationError("give --file FILE, or --url URL and --key KEY")
        }
    }

    func execute(_ context: CommandContext) throws -> Int32 {
        var settings: EngineSettings
        if let file {
            var connection = try ConnectionInfo.read(path: file)
            if let url {
                guard let address = PeerAddress(url: url) else { throw ValidationError("bad --url '\(url)'") }
                connection.addresses = [address]
            }
            settings = try EngineSettings(connection: connection)
        } else {
            guard let url, let address = PeerAddress(url: url) else { throw ValidationError("bad --url '\(url ?? "")'") }
            guard let key, let clusterKey = ClusterKey(hex: key) else { throw ValidationError("bad --key") }
            settings = EngineSettings(address: address, key: clusterKey)
        }
        do {
            settings.plugins = try PluginLoader.load(plugin, into: context.registry)
        } catch {
            throw error.within("engine on \(EngineCommand.hostName()) (pid \(getpid()))")
        }
        if let rank = MPIEnvironment.rank { settings.mpiRank = rank }
        let registry = context.registry
        let failure: EngineError? = InterpreterThread.run { () -> EngineError? in
            let interpreter = Interpreter(registry: registry)
            do throws(EngineError) {
                try EngineServer(settings: settings, interpreter: interpreter).run()
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
        return 0
    }
}

extension EngineCommand {
    /// This machine's name, for errors that name the engine before it has an id.
    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "this host" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// The MPI rank of this process when started by `mpiexec` (Open MPI and others set it in the environment).
enum MPIEnvironment {
    static var rank: Int? {
        for name in ["OMPI_COMM_WORLD_RANK", "PMI_RANK", "PMIX_RANK", "SLURM_PROCID"] {
            if let value = Environment.variable(name), let rank = Int(value) { return rank }
        }
        return nil
    }
}
