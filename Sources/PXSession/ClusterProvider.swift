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
    /// Whether ``restartEngine(_:)`` can start engines (the embedded cluster can; one joined with `--connect`
    /// cannot).
    var canRestartEngines: Bool { get }
    /// Starts a replacement for engine `id` (called only when ``canRestartEngines``); returns a note for the user.
    func restartEngine(_ id: EngineID) throws -> String
}
