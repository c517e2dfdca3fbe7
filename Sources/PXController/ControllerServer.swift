import Logging
import PXTransport
import PXWire

/// The controller as a running service: a ``FramedServer`` listening on a Unix socket and/or
/// TCP, driving a ``ControllerStateMachine``.
///
/// Embedded use (the shell): `let server = try await ControllerServer.start(listen: settings)`,
/// then hand `server.addresses` and `server.key` to the engines and the client (or write
/// connection files with ``writeConnectionFiles(directory:clusterID:)``); `await server.stop()`
/// at exit. Standalone use adds `await server.waitUntilStopRequested()`.
public final class ControllerServer: Sendable {
    /// The cluster key peers must prove.
    public let key: ClusterKey
    /// The policies in force.
    public let settings: ControllerSettings
    private let server: FramedServer<ControllerHub>

    private init(key: ClusterKey, settings: ControllerSettings, server: FramedServer<ControllerHub>) {
        self.key = key
        self.settings = settings
        self.server = server
    }

    /// Starts listening.
    /// - Parameters:
    ///   - settings: scheduling and heartbeat policies. Default: ``ControllerSettings/init()``.
    ///   - listen: where to listen (a Unix socket path and/or a TCP host and port) and frame limits.
    ///   - key: the cluster key. Default: a new random 32-byte key.
    ///   - logger: where events are logged. Default: a logger labelled `swiftpx.controller`.
    /// - Returns: the running controller.
    /// - Throws: ``ControllerError`` if a setting is invalid or a listener cannot be bound.
    public static func start(
        settings: ControllerSettings = ControllerSettings(),
        listen: ServerSettings,
        key: ClusterKey = .random(),
        logger: Logger = Logger(label: "swiftpx.controller")
    ) async throws(ControllerError) -> ControllerServer {
        try settings.validate()
        do {
            let server = try await FramedServer.start(settings: listen, key: key) {
                ControllerHub(settings: settings, logger: logger)
            }
            return ControllerServer(key: key, settings: settings, server: server)
        } catch {
            throw ControllerError.transport(error)
        }
    }

    /// Where peers connect, Unix socket first.
    public var addresses: [PeerAddress] { server.addresses }
    /// The Unix socket path, if listening on one.
    public var unixSocketPath: String? { server.unixSocketPath }
    /// The bound TCP port, if listening on TCP.
    public var tcpPort: Int? { server.tcpPort }

    /// The connection information to give clients or engines.
    /// - Parameters:
    ///   - role: who will read it.
    ///   - location: the host name or address peers should use for the TCP listener instead of the bound
    ///     host (needed when listening on `0.0.0.0`, ipyparallel's `--location`). Default: `nil`, the bound host.
    public func connectionInfo(for role: PeerRole, location: String? = nil) -> ConnectionInfo {
        let advertised = addresses.map { address -> PeerAddress in
            guard let location, case .tcp(_, let port) = address else { return address }
            return .tcp(host: location, port: port)
        }
        return ConnectionInfo(role: role, addresses: advertised, key: key, schemeName: settings.scheme.rawValue)
    }

    /// Writes the client and engine connection files (mode 0600) into `directory`.
    /// - Parameters:
    ///   - directory: where (created with mode 0700 if missing).
    ///   - clusterID: distinguishes several clusters in one directory. Default: none.
    ///   - location: the TCP host written into the files (see ``connectionInfo(for:location:)``). Default: none.
    /// - Returns: the two paths.
    /// - Throws: ``ConnectionFileError`` if a file cannot be written.
    public func writeConnectionFiles(directory: String, clusterID: String? = nil, location: String? = nil)
        throws(ConnectionFileError) -> (client: String, engine: String)
    {
        let client = try connectionInfo(for: .client, location: location).write(
            directory: directory, clusterID: clusterID)
        let engine = try connectionInfo(for: .engine, location: location).write(
            directory: directory, clusterID: clusterID)
        return (client, engine)
    }

    /// Every engine ever registered, in ID order.
    public func engineRecords() async -> [EngineRecord] {
        (try? await server.withHub { hub, _ in hub.machine.engineRecords }) ?? []
    }

    /// The number of engines registered and alive.
    public func aliveEngineCount() async -> Int {
        (try? await server.withHub { hub, _ in hub.machine.aliveEngineCount }) ?? 0
    }

    /// Queue lengths per alive engine.
    public func queueStatus() async -> QueueStatus {
        (try? await server.withHub { hub, _ in hub.machine.queueStatus() }) ?? QueueStatus(engines: [], unassigned: 0)
    }

    /// Waits until a client asks for the controller's shutdown, or ``stop()`` is called.
    public func waitUntilStopRequested() async {
        await server.waitUntilStopRequested()
    }

    /// Records how an engine process ended (from ``ChildProcess``'s exit handler), so clients see
    /// the exit status or signal in the engine's note. Safe to call from any thread.
    /// - Parameters:
    ///   - pid: the engine's process ID.
    ///   - status: how it ended.
    public func engineProcessExited(pid: Int32, status: ProcessExitStatus) async {
        let description = status.description
        _ = try? await server.withHub { hub, io in hub.engineProcessExited(pid: pid, description: description, io: io) }
    }

    /// Runs a standalone controller until a client asks it to stop: listens, writes the client
    /// and engine connection files into `directory`, waits, then stops and removes the files.
    /// - Parameters:
    ///   - settings: scheduling and heartbeat policies.
    ///   - listen: where to listen.
    ///   - key: the cluster key. Default: random.
    ///   - directory: where the connection files go (e.g. `$SWIFTPX_DIR`, read by the executable).
    ///   - clusterID: distinguishes several clusters in one directory. Default: none.
    ///   - location: the TCP host written into the connection files. Default: none (the bound host).
    ///   - logger: where events are logged.
    ///   - started: called once listening, with the running server (e.g. to print its addresses).
    /// - Throws: ``ControllerError`` if it cannot start, ``ConnectionFileError`` if the files cannot be written.
    public static func serve(
        settings: ControllerSettings = ControllerSettings(),
        listen: ServerSettings,
        key: ClusterKey = .random(),
        directory: String,
        clusterID: String? = nil,
        location: String? = nil,
        logger: Logger = Logger(label: "swiftpx.controller"),
        started: (ControllerServer) -> Void = { _ in }
    ) async throws {
        let server = try await start(settings: settings, listen: listen, key: key, logger: logger)
        let paths: (client: String, engine: String)
        do {
            paths = try server.writeConnectionFiles(directory: directory, clusterID: clusterID, location: location)
        } catch {
            await server.stop()
            throw error
        }
        started(server)
        await server.waitUntilStopRequested()
        await server.stop()
        ConnectionInfo.remove(path: paths.client)
        ConnectionInfo.remove(path: paths.engine)
    }

    /// Closes every connection and the listeners (removing the Unix socket file). Idempotent.
    public func stop() async {
        await server.stop()
    }
}
