import PXWire

/// Where the shell's `Client()` gets its cluster: the embedded one it started, or one given by `--connect`.
public protocol ClusterProvider: AnyObject {
    /// The connection of the shell's client (created on first use).
    /// - Throws: `ClientError` when the controller cannot be reached.
    func connection() throws(ClientError) -> ClusterConnection
    /// How many engines this cluster should have (what `Client()` waits for); nil when unknown.
    var expectedEngineCount: Int? { get }
    /// Why engines that should be running are not (exit statuses of engine processes), for error messages.
    func engineProblems() -> [String]
    /// Starts a replacement for a dead engine; nil when the cluster cannot restart engines.
    func restartEngine(_ id: EngineID) throws -> String?
}
