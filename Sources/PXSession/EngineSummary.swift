import PXWire

/// One engine as `%engines` lists it: the controller's record joined with its queue lengths
/// (``ClusterConnection/engineSummaries()``).
public struct EngineSummary: Sendable, Hashable {
    /// The engine's ID.
    public var id: EngineID
    /// The host it runs on.
    public var host: String
    /// Its process ID on that host.
    public var pid: Int32
    /// Whether it is registered, dead or gone.
    public var state: EngineState
    /// Why it died, when the controller knows (an exit status).
    public var note: String
    /// Tasks waiting for it or running on it.
    public var queued: Int
    /// Tasks it completed.
    public var completed: Int
}
