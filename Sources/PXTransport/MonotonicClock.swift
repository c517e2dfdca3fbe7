import PXWire

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the system clocks without Foundation.
public enum MonotonicClock {
    /// Nanoseconds of `CLOCK_MONOTONIC` (an arbitrary origin; never jumps).
    public static func nanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// The wall clock (`CLOCK_REALTIME`) as a ``Timestamp``.
    public static func wallClock() -> Timestamp {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Timestamp(rawValue: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
    }

    /// The monotonic deadline `timeout` from now, or `nil` for no timeout.
    public static func deadline(after timeout: Duration?) -> UInt64? {
        guard let timeout else { return nil }
        return nanoseconds() &+ nanoseconds(in: timeout)
    }

    /// A duration in nanoseconds: 0 for a negative one, `Int64.max` for one too long to count.
    public static func nanoseconds(in duration: Duration) -> UInt64 {
        let (seconds, attoseconds) = duration.components
        let total = max(0, seconds).multipliedReportingOverflow(by: 1_000_000_000)
        let span = total.overflow ? Int64.max : total.partialValue &+ max(0, attoseconds / 1_000_000_000)
        return UInt64(clamping: span)
    }
}
