/// Round-trip times of a latency benchmark, in microseconds.
public struct LatencyReport: Hashable, Sendable, CustomStringConvertible {
    /// How many round trips were timed.
    public var samples: Int
    /// The median.
    public var median: Double
    /// The 99th percentile.
    public var p99: Double
    /// The mean.
    public var mean: Double

    /// Summarizes raw round trips.
    /// - Parameter nanoseconds: one duration per round trip.
    public init(nanoseconds: [UInt64]) {
        let sorted = nanoseconds.sorted()
        samples = sorted.count
        func at(_ fraction: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            return Double(sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]) / 1_000
        }
        median = at(0.5)
        p99 = at(0.99)
        mean = sorted.isEmpty ? 0 : Double(sorted.reduce(0, +)) / Double(sorted.count) / 1_000
    }

    /// `median 41.2 µs, p99 60.3 µs, mean 43.0 µs (n = 5000)`.
    public var description: String {
        func format(_ value: Double) -> String { String(Double(Int(value * 10)) / 10) }
        return "median \(format(median)) µs, p99 \(format(p99)) µs, mean \(format(mean)) µs (n = \(samples))"
    }
}
