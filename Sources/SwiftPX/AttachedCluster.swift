import PXRuntime
import PXSession
import PXTransport
import PXWire

/// A cluster started elsewhere (`swiftpx controller`), attached to through its client connection file.
final class AttachedCluster: ClusterProvider, @unchecked Sendable {
    // @unchecked Sendable: `sharedConnection` and `connectHandler` are guarded by `lock`; `info` is set once.
    let info: ConnectionInfo
    let lock = ConditionLock()
    var sharedConnection: ClusterConnection?
    var connectHandler: ((ClusterConnection) -> Void)?

    /// Called with the connection when a client first connects.
    var onConnect: ((ClusterConnection) -> Void)? {
        get { lock.withLock { connectHandler } }
        set { lock.withLock { connectHandler = newValue } }
    }

    init(file: String) throws {
        info = try ConnectionInfo.read(path: file)
    }

    var expectedEngineCount: Int? { nil }

    func connection() throws(ClientError) -> ClusterConnection {
        if let existing = lock.withLock({ sharedConnection }) { return existing }
        let connection = try ClusterConnection.connect(info)
        lock.withLock { sharedConnection = connection }
        onConnect?(connection)
        return connection
    }

    func engineProblems() -> [String] { [] }

    var canRestartEngines: Bool { false }

    func restartEngine(_ id: EngineID) throws -> String {
        throw RuntimeError(BuiltinTypes.runtimeError, "this cluster cannot restart engines")
    }
}
