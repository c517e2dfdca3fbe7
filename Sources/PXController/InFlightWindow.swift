/// How many tasks the controller lets one engine have in flight: the policy that lets tiny tasks
/// pipeline while long tasks still balance.
///
/// The policy, per engine:
/// - It starts at 1 (ipyparallel's `hwm = 1`): the first task of a batch never waits behind another.
/// - Each reply whose task ran shorter than the target (``ControllerSettings/targetQueuedWork``,
///   2 ms by default) grows the window by one — TCP-style slow start, so a burst cannot flood one
///   engine before durations are known — up to `target / average duration` (an exponential
///   average over recent replies, weight 1/8) and ``ControllerSettings/maximumInFlight``.
///   About `target` of work is thus queued on each engine, enough to hide the round trip.
/// - A reply whose task ran longer than the target drops the window to 1: long tasks are handed
///   out one at a time, as they finish, which balances them as well as `hwm = 1` does.
/// - When an engine has nothing in flight after a scheduling pass (idle), the window returns to 1
///   and the average is forgotten, so the next batch starts balanced whatever came before.
public struct InFlightWindow: Hashable, Sendable {
    /// The current limit on tasks in flight.
    public private(set) var limit = 1
    /// The exponential average of recent task durations, in nanoseconds (`nil` before the first reply).
    public private(set) var averageNanoseconds: UInt64?

    private let maximum: Int
    private let targetNanoseconds: UInt64

    /// Creates a window at 1.
    /// - Parameters:
    ///   - maximum: the hard limit.
    ///   - target: the queued work to aim for.
    public init(maximum: Int, target: Duration) {
        self.maximum = max(1, maximum)
        self.targetNanoseconds = ControllerInstant.nanoseconds(target)
    }

    /// Takes a finished task's duration into account.
    /// - Parameter nanoseconds: how long the engine ran the task.
    public mutating func record(durationNanoseconds nanoseconds: UInt64) {
        let average: UInt64
        if let previous = averageNanoseconds {
            average =
                nanoseconds >= previous
                ? previous &+ (nanoseconds - previous) / 8
                : previous - (previous - nanoseconds) / 8
        } else {
            average = nanoseconds
        }
        averageNanoseconds = average
        if nanoseconds > targetNanoseconds {
            limit = 1
            return
        }
        let fit = targetNanoseconds / max(average, 1_000)
        let ceiling = Int(clamping: min(UInt64(maximum), max(1, fit)))
        limit = min(limit + 1, ceiling)
    }

    /// The engine went idle: start the next batch at 1.
    public mutating func reset() {
        limit = 1
        averageNanoseconds = nil
    }
}
