import PXWire

/// "Now" as the controller's pure logic sees it: a monotonic reading for timers and the wall
/// clock for engine clock offsets. The driver reads both clocks; tests pass fixed values.
public struct ControllerInstant: Hashable, Sendable {
    /// Monotonic nanoseconds from an arbitrary origin.
    public var monotonic: UInt64
    /// The wall clock.
    public var wall: Timestamp

    /// Creates an instant.
    /// - Parameters:
    ///   - monotonic: monotonic nanoseconds.
    ///   - wall: the wall clock; default: the same number of nanoseconds since the epoch (handy in tests).
    public init(monotonic: UInt64, wall: Timestamp? = nil) {
        self.monotonic = monotonic
        self.wall = wall ?? Timestamp(rawValue: Int64(clamping: monotonic))
    }

    /// This instant moved forward by `duration`.
    public func advanced(by duration: Duration) -> ControllerInstant {
        let nanoseconds = Self.nanoseconds(duration)
        return ControllerInstant(
            monotonic: monotonic &+ nanoseconds, wall: wall.adding(nanoseconds: Int64(clamping: nanoseconds))
        )
    }

    /// A non-negative duration in whole nanoseconds.
    static func nanoseconds(_ duration: Duration) -> UInt64 {
        guard duration > .zero else { return 0 }
        let (seconds, attoseconds) = duration.components
        let whole = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if whole.overflow { return .max }
        return UInt64(clamping: whole.partialValue) &+ UInt64(clamping: attoseconds / 1_000_000_000)
    }
}
