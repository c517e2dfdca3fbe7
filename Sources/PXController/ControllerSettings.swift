/// The controller's policies and limits; every field has a documented default, and the
/// standalone `swiftpx controller` flags map onto them 1:1.
public struct ControllerSettings: Hashable, Sendable {
    /// How load-balanced tasks pick an engine. Default: ``LoadBalancingScheme/leastLoad``.
    public var scheme: LoadBalancingScheme = .leastLoad
    /// How often each engine is sent a heartbeat. Default: 1 s.
    ///
    /// Engines answer from their reader thread, so a long-running task does not delay the answer.
    public var heartbeatPeriod: Duration = .seconds(1)
    /// An engine not heard from (any message counts) for this many periods is declared dead.
    /// A closed socket is noticed at once regardless. Default: 10 (so 10 s).
    public var heartbeatMisses: Int = 10
    /// The most tasks one engine may have in flight (sent, not yet answered). Default: 256.
    ///
    /// The actual window adapts below this limit; see ``InFlightWindow``.
    public var maximumInFlight: Int = 256
    /// The amount of queued work the adaptive window aims to keep on each engine, measured
    /// with recent task durations; a task that ran longer than this shrinks the window to 1
    /// (ipyparallel's `hwm = 1`). Default: 2 ms.
    public var targetQueuedWork: Duration = .milliseconds(2)
    /// How many finished tasks are remembered for `after`/`follow` dependencies; a dependency on a
    /// task older than that (or never seen) is impossible. Default: 262,144 (about 10 MB).
    public var finishedTaskMemory: Int = 262_144
    /// How many blocked load-balanced tasks (whose allowed engines are all busy) one scheduling
    /// pass looks past before it stops scanning the queue. Default: 128.
    public var schedulingScanLimit: Int = 128
    /// Engines may ask for an ID (their MPI rank) below this; a higher request gets the next free ID instead, so
    /// a wrong rank cannot make the controller reserve millions of IDs. Default: 65,536.
    public var requestedIDLimit: Int = 65_536
    /// Seed for the `random`, `twoBin` and `weighted` schemes; `nil` seeds from the system. Default: `nil`.
    public var randomSeed: UInt64?

    /// Creates the default settings.
    public init() {}

    /// How long an engine may stay silent before it is declared dead, which is also how long
    /// a dead engine's ID stays reserved for it to reconnect with the same UUID.
    public var heartbeatLimit: Duration { heartbeatPeriod * heartbeatMisses }

    /// Checks the values.
    /// - Throws: ``ControllerError/invalidSettings(_:)`` naming the bad field.
    public func validate() throws(ControllerError) {
        guard heartbeatPeriod > .zero else { throw ControllerError.invalidSettings("heartbeatPeriod must be positive") }
        guard heartbeatMisses >= 1 else { throw ControllerError.invalidSettings("heartbeatMisses must be at least 1") }
        guard maximumInFlight >= 1 else { throw ControllerError.invalidSettings("maximumInFlight must be at least 1") }
        guard targetQueuedWork >= .zero else {
            throw ControllerError.invalidSettings("targetQueuedWork must not be negative")
        }
        guard finishedTaskMemory >= 0 else {
            throw ControllerError.invalidSettings("finishedTaskMemory must not be negative")
        }
        guard requestedIDLimit >= 0 else {
            throw ControllerError.invalidSettings("requestedIDLimit must not be negative")
        }
        guard schedulingScanLimit >= 1 else {
            throw ControllerError.invalidSettings("schedulingScanLimit must be at least 1")
        }
    }
}
