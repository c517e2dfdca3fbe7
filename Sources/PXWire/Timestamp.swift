/// A wall-clock time: nanoseconds since 1970-01-01 00:00 UTC, as engines stamp `started`/`completed`.
public struct Timestamp: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Nanoseconds since the Unix epoch.
    public var rawValue: Int64

    /// Creates a timestamp.
    /// - Parameter rawValue: nanoseconds since the Unix epoch.
    public init(rawValue: Int64) {
        self.rawValue = rawValue
    }

    /// Creates a timestamp.
    /// - Parameter nanosecondsSinceEpoch: nanoseconds since the Unix epoch.
    public init(nanosecondsSinceEpoch: Int64) {
        self.rawValue = nanosecondsSinceEpoch
    }

    /// Seconds since the Unix epoch, as a `Double`.
    public var secondsSinceEpoch: Double { Double(rawValue) / 1e9 }

    /// This time moved by `offset` (e.g. an engine's clock offset, to read it on the controller's clock).
    /// - Parameter offset: the shift in nanoseconds.
    /// - Returns: the shifted timestamp (saturating at the ends of the range).
    public func adding(nanoseconds offset: Int64) -> Timestamp {
        let (sum, overflow) = rawValue.addingReportingOverflow(offset)
        if overflow { return Timestamp(rawValue: offset > 0 ? .max : .min) }
        return Timestamp(rawValue: sum)
    }

    /// Orders by time.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// Seconds since the epoch with nanosecond digits.
    public var description: String {
        let magnitude = rawValue.magnitude
        var fraction = String(magnitude % 1_000_000_000)
        fraction = String(repeating: "0", count: 9 - fraction.count) + fraction
        return "\(rawValue < 0 ? "-" : "")\(magnitude / 1_000_000_000).\(fraction)"
    }
}
