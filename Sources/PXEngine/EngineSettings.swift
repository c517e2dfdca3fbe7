import PXTransport
import PXWire

/// How an engine process connects and runs. Flags of `swiftpx engine` map onto these fields.
public struct EngineSettings: Sendable {
    /// The controller's address.
    public var address: PeerAddress
    /// The cluster key.
    public var key: ClusterKey
    /// Paths of plugins loaded into this engine (reported in errors about missing functions). Default: none.
    public var plugins: [String] = []
    /// A name identifying this engine across reconnections. Default: random.
    public var uuid: String = EngineSettings.randomUUID()
    /// Whether an engine whose connection breaks with an error (a network cut noticed by the idle timeout, a
    /// reset) reconnects for up to one heartbeat limit, keeping its ID. A clean close always ends the engine.
    /// Default: `true`.
    public var reconnects = true
    /// The MPI rank, when started by `mpiexec` or `srun` (exposed as `mpi_rank`, and asked for as the engine ID
    /// so that IDs follow rank order). Default: nil.
    public var mpiRank: Int?

    /// The engine ID asked for at registration: the MPI rank, if there is one that fits an ID.
    public var requestedID: EngineID? {
        guard let mpiRank, mpiRank >= 0, mpiRank < Int(EngineID.wireNone) else { return nil }
        return EngineID(rawValue: UInt32(mpiRank))
    }

    /// Creates settings for connecting to `address` with `key`.
    public init(address: PeerAddress, key: ClusterKey) {
        self.address = address
        self.key = key
    }

    /// Settings from a connection file's contents.
    public init(connection: ConnectionInfo) throws(EngineError) {
        guard let address = connection.addresses.first else { throw EngineError.noAddress }
        self.init(address: address, key: connection.key)
    }

    static func randomUUID() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let hex = bytes.map { b in String(b, radix: 16).count == 1 ? "0" + String(b, radix: 16) : String(b, radix: 16) }
        return hex[0..<4].joined() + "-" + hex[4..<6].joined() + "-" + hex[6..<8].joined() + "-"
            + hex[8..<10].joined() + "-" + hex[10..<16].joined()
    }
}

/// Why an engine could not start or had to stop.
public struct EngineError: Error, CustomStringConvertible, Sendable {
    enum Base: Sendable {
        case noAddress
        case connect(TransportError)
        case refused(String)
    }

    let base: Base

    /// The connection file names no address.
    public static let noAddress = EngineError(base: .noAddress)
    /// Connecting to the controller failed.
    public static func connect(_ error: TransportError) -> EngineError { EngineError(base: .connect(error)) }
    /// The controller refused the engine.
    public static func refused(_ reason: String) -> EngineError { EngineError(base: .refused(reason)) }

    public var description: String {
        switch base {
        case .noAddress: return "the connection file names no controller address"
        case .connect(let e): return "cannot connect to the controller: \(e)"
        case .refused(let reason): return "the controller refused this engine: \(reason)"
        }
    }
}
