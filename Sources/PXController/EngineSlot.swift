import DequeModule
import PXTransport
import PXWire

/// Everything the controller knows about one engine, alive or not.
struct EngineSlot: Sendable {
    var record: EngineRecord
    /// Its connection while alive.
    var connection: ConnectionID?
    /// Last time anything was heard from it (monotonic ns).
    var lastHeard: UInt64
    /// Last heartbeat sent (monotonic ns).
    var lastHeartbeat: UInt64
    /// When it died (monotonic ns), for the reconnection grace period.
    var diedAt: UInt64?
    /// The smallest heartbeat round trip seen, which gives the best clock offset estimate.
    var bestRoundTrip: Int64 = .max
    /// Extra heartbeats sent right after registration to find a fast round trip.
    var calibrationProbes = 0
    /// Direct tasks waiting for room in the window, in submission order.
    var directQueue = Deque<TaskID>()
    /// Tasks sent and not yet answered, in the order sent (the engine runs them in that order).
    var inFlight = Deque<TaskID>()
    var window: InFlightWindow
    /// Direct tasks queued or running on it.
    var directOutstanding = 0
    /// Load-balanced tasks running on it.
    var balancedOutstanding = 0
    /// Tasks it has finished.
    var completed: UInt64 = 0

    /// Whether this ID is held for an engine that asked for a higher ID first (an MPI rank registering
    /// before a lower one); no engine has had it yet, so clients are not told about it.
    var isReserved = false

    var id: EngineID { record.id }
    var isAlive: Bool { record.state.isAlive }
    var hasRoom: Bool { inFlight.count < window.limit }

    /// A placeholder for an ID kept free for a lower MPI rank that has not registered yet.
    static func reserved(_ id: EngineID, settings: ControllerSettings) -> EngineSlot {
        var slot = EngineSlot(
            record: EngineRecord(id: id, state: .unregistered, host: "", pid: 0, uuid: "", clockOffsetNanoseconds: 0),
            connection: nil, lastHeard: 0, lastHeartbeat: 0,
            window: InFlightWindow(maximum: settings.maximumInFlight, target: settings.targetQueuedWork)
        )
        slot.isReserved = true
        return slot
    }
}
