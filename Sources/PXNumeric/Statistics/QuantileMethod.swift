#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// numpy's `method=` of `quantile` and `percentile`: the nine of Hyndman and Fan and numpy's own four.
public enum QuantileMethod: String, CaseIterable, Sendable {
    case invertedCDF = "inverted_cdf"
    case averagedInvertedCDF = "averaged_inverted_cdf"
    case closestObservation = "closest_observation"
    case interpolatedInvertedCDF = "interpolated_inverted_cdf"
    case hazen, weibull, linear
    case medianUnbiased = "median_unbiased"
    case normalUnbiased = "normal_unbiased"
    case lower, higher, midpoint, nearest

    /// Where a quantile falls in a sorted lane of `n` values, computed in `q`'s precision as numpy does.
    enum Position {
        /// An exact index (numpy's methods without interpolation).
        case index(Int)
        /// Between `previous` and `next` (clamped to the lane), with weight `gamma` on `next`.
        case between(previous: Int, next: Int, gamma: Double)
    }

    /// Whether the method takes values without interpolating (its virtual index is an integer).
    func takesIndex(integerQuantiles: Bool) -> Bool {
        switch self {
        case .invertedCDF, .closestObservation, .lower, .higher, .nearest: return true
        case .linear: return integerQuantiles
        default: return false
        }
    }

    /// The position of quantile `q` (a value of precision `T`) in a lane of `n` values.
    func position<T: BinaryFloatingPoint>(_ q: T, count n: Int) -> Position where T: Comparable {
        let nT = T(n)
        func virtual(_ alpha: Double, _ beta: Double) -> T {
            nT * q + (T(alpha) + q * T(1 - alpha - beta)) - 1
        }
        func discrete(_ index: T, gammaCondition: (T, T) -> Bool) -> Position {
            let previous = index.rounded(.down)
            let gamma = index - previous
            let chosen = gammaCondition(gamma, index) ? previous : previous + 1
            return .index(Swift.max(0, Int(chosen)))
        }
        switch self {
        case .invertedCDF:
            return discrete(nT * q - 1) { gamma, _ in gamma == 0 }
        case .closestObservation:
            return discrete(nT * q - 1 - T(0.5)) { gamma, index in
                gamma == 0 && Self.pythonModulo(Double(index.rounded(.down)), 2) == 1
            }
        case .lower: return .index(Int((T(n - 1) * q).rounded(.down)))
        case .higher: return .index(Int((T(n - 1) * q).rounded(.up)))
        case .nearest: return .index(Int((T(n - 1) * q).rounded(.toNearestOrEven)))
        case .linear: return interpolate(T(n - 1) * q, count: n) { gamma, _ in gamma }
        case .averagedInvertedCDF:
            return interpolate(nT * q - 1, count: n) { gamma, _ in gamma == 0 ? 0.5 : 1.0 }
        case .midpoint:
            let index = T(0.5) * ((T(n - 1) * q).rounded(.down) + (T(n - 1) * q).rounded(.up))
            return interpolate(index, count: n) { _, index in Self.pythonModulo(Double(index), 1) == 0 ? 0 : 0.5 }
        case .interpolatedInvertedCDF: return interpolate(virtual(0, 1), count: n) { gamma, _ in gamma }
        case .hazen: return interpolate(virtual(0.5, 0.5), count: n) { gamma, _ in gamma }
        case .weibull: return interpolate(virtual(0, 0), count: n) { gamma, _ in gamma }
        case .medianUnbiased: return interpolate(virtual(1 / 3.0, 1 / 3.0), count: n) { gamma, _ in gamma }
        case .normalUnbiased: return interpolate(virtual(3 / 8.0, 3 / 8.0), count: n) { gamma, _ in gamma }
        }
    }

    /// numpy's `_get_indexes` and `_get_gamma`: neighbours clamped to the lane (NaN and above-range indexes to
    /// the last, below-range to the first), gamma measured from the clamped previous index and fixed by the
    /// method, in `T`'s precision.
    private func interpolate<T: BinaryFloatingPoint>(_ index: T, count n: Int, fix: (T, T) -> T) -> Position {
        var previous = index.isNaN ? T(-1) : index.rounded(.down)
        var next = previous + 1
        if index.isNaN || index >= T(n - 1) {
            previous = -1
            next = -1
        } else if index < 0 {
            previous = 0
            next = 0
        }
        let gamma = fix(index - previous, index)
        func resolved(_ i: T) -> Int { i < 0 ? n + Int(i) : Int(i) }
        return .between(previous: resolved(previous), next: resolved(next), gamma: Double(gamma))
    }

    static func pythonModulo(_ x: Double, _ y: Double) -> Double {
        let r = fmod(x, y)
        if r == 0 { return copysign(0, y) }
        return (y < 0) != (r < 0) ? r + y : r
    }
}
