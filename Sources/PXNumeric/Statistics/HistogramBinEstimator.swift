#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// numpy's automatic bin estimators, `histogram(a, bins='auto')` and the other names: each estimates a bin
/// width from the data (trimmed to `range`), and the number of equal bins is the outer edges' span over it,
/// rounded up, as numpy's `_get_bin_edges` does.
public enum HistogramBinEstimator: String, CaseIterable, Sendable {
    case stone, auto, doane, fd, rice, scott, sqrt, sturges

    /// The estimator named `name`.
    /// - Throws: `ValueError: 'name' is not a valid estimator for `bins``.
    public init(named name: String) throws(NumericError) {
        guard let known = HistogramBinEstimator(rawValue: name) else {
            let quote = name.contains("'") && !name.contains("\"") ? "\"" : "'"
            throw .value("\(quote)\(name)\(quote) is not a valid estimator for `bins`")
        }
        self = known
    }

    /// The number of equal bins numpy's estimator picks for the raveled `data` within `range` (nil: the data's
    /// minimum and maximum).
    /// - Throws: numpy's errors for a bad or non-finite range.
    public func binCount(for data: NDArray, range: (Double, Double)?) throws(NumericError) -> Int {
        let values = try data.doubles()
        let (first, last) = try NDArray.outerEdges(values, range: range)
        var sample = data
        if range != nil && values.contains(where: { !($0 >= first && $0 <= last) }) {
            sample = try data.compress(NDArray(bools: values.map { $0 >= first && $0 <= last }))
        }
        guard sample.count > 0 else { return 1 }
        var width = try self.width(sample, range: range.map { _ in (first, last) })
        guard !width.isNaN else { throw .value("cannot convert float NaN to integer") }
        guard width != 0 else { return 1 }
        if data.dtype.isInteger && width < 1 { width = 1 }
        let bins = ((last - first) / width).rounded(.up)
        guard bins.isFinite, bins < Double(Int.max) else { throw .value("cannot convert float infinity to integer") }
        return Int(bins)
    }

    /// The estimated bin width of a non-empty sample; `range` is the histogram's given range (Stone's estimator
    /// counts within it).
    func width(_ x: NDArray, range: (Double, Double)?) throws(NumericError) -> Double {
        let n = Double(x.count)
        switch self {
        case .sqrt: return try Self.peakToPeak(x) / n.squareRoot()
        case .sturges: return try Self.peakToPeak(x) / (log2(n) + 1)
        case .rice: return try Self.peakToPeak(x) / (2 * pow(n, 1.0 / 3))
        case .scott: return pow(24 * pow(Double.pi, 0.5) / n, 1.0 / 3) * (try Self.std(x))
        case .fd:
            let quartiles = try x.quantile(NDArray(doubles: [0.75, 0.25]), axes: nil, method: .linear, keepdims: false)
                .doubles()
            return 2 * (quartiles[0] - quartiles[1]) * pow(n, -1.0 / 3)
        case .auto:
            let fd = try HistogramBinEstimator.fd.width(x, range: range)
            let corrected = Swift.max(fd, try HistogramBinEstimator.sqrt.width(x, range: range) / 2)
            return Swift.min(corrected, try HistogramBinEstimator.sturges.width(x, range: range))
        case .doane: return try Self.doane(x)
        case .stone: return try Self.stone(x, range: range)
        }
    }

    /// `max - min`, for integers as numpy's unsigned difference (no overflow).
    static func peakToPeak(_ x: NDArray) throws(NumericError) -> Double {
        let high = try x.reduce(.max), low = try x.reduce(.min)
        if x.dtype.isInteger {
            let h = try high.int64s()[0], l = try low.int64s()[0]
            return Double(UInt64(bitPattern: h &- l))
        }
        return try high.doubles()[0] - low.doubles()[0]
    }

    static func std(_ x: NDArray) throws(NumericError) -> Double {
        try x.variance(squareRoot: true).doubles()[0]
    }

    /// Doane's estimator: Sturges' corrected by the sample's skewness.
    static func doane(_ x: NDArray) throws(NumericError) -> Double {
        let n = Double(x.count)
        guard x.count > 2 else { return 0 }
        let sg1 = (6 * (n - 2) / ((n + 1) * (n + 3))).squareRoot()
        let sigma = try x.variance(squareRoot: true)
        guard try sigma.doubles()[0] > 0 else { return 0 }
        let deviations = try NDArray.binary(.subtract, .array(x), .array(try x.mean()))
        let scaled = try NDArray.binary(.divide, .array(deviations), .array(sigma), out: deviations)
        let cubes = try NDArray.binary(.power, .array(scaled), .scalar(ArrayScalar(Int64(3)), isWeak: true), out: scaled)
        let g1 = try cubes.mean().doubles()[0]
        return try peakToPeak(x) / (1 + log2(n) + log2(1 + Swift.abs(g1) / sg1))
    }

    /// Stone's estimator: the bin count from 1 to `max(100, √n)` that minimises the cross-validated integrated
    /// squared error (the first such count on ties, as Python's `min`).
    static func stone(_ x: NDArray, range: (Double, Double)?) throws(NumericError) -> Double {
        let n = x.count
        let span = try peakToPeak(x)
        guard n > 1 && span != 0 else { return 0 }
        let upper = Swift.max(100, Int(Double(n).squareRoot()))
        var best = 1, bestScore = Double.infinity
        for bins in 1...upper {
            let counts = try x.histogram(bins: bins, range: range, weights: nil).counts.doubles()
            let p = NDArray(doubles: counts.map { $0 / Double(n) })
            let square = try NDArray.dot(p, p).doubles()[0]
            let score = (2 - Double(n + 1) * square) / (span / Double(bins))
            if score < bestScore {
                best = bins
                bestScore = score
            }
        }
        return span / Double(best)
    }
}
