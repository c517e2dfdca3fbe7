import SwiftPX

/// The `stats` module: descriptive statistics written in Swift and registered with the typed API.
enum Statistics {
    static func install(into registry: Registry) {
        registry.declareModule("stats", doc: "Descriptive statistics, from the StatsPlugin example.")
        registry.register("stats.VERSION", value: .str("1.0"))

        registry.register("stats.norm", doc: "Euclidean norm of a vector.", parameters: ["xs"]) { (xs: [Double]) in
            xs.reduce(0) { $0 + $1 * $1 }.squareRoot()
        }
        registry.register(
            "stats.mean", doc: "Mean of xs, leaving out the `trim` smallest and largest values.",
            parameters: ["xs", Parameter("trim", default: 0)]
        ) { (xs: [Double], trim: Int) in
            guard trim >= 0, xs.count > 2 * trim else {
                throw RuntimeError.valueError("cannot trim \(trim) values from each end of \(xs.count)")
            }
            return mean(Array(xs.sorted().dropFirst(trim).dropLast(trim)))
        }
        registry.register(
            "stats.variance", doc: "Variance of xs with `ddof` delta degrees of freedom.",
            parameters: ["xs", Parameter("ddof", default: 0)]
        ) { (xs: [Double], ddof: Int) in
            try variance(xs, ddof: ddof)
        }
        registry.register(
            "stats.describe", doc: "Count, mean, standard deviation, min and max.",
            parameters: ["xs"]
        ) { (xs: [Double]) -> [String: Double] in
            guard let low = xs.min(), let high = xs.max() else {
                throw RuntimeError.valueError("describe() of nothing")
            }
            return [
                "count": Double(xs.count), "mean": mean(xs), "std": try variance(xs, ddof: 0).squareRoot(),
                "min": low, "max": high,
            ]
        }
        registry.register(
            "stats.zscore", doc: "Standardize an array: subtract the mean, divide by the deviation.",
            parameters: ["a"]
        ) { (a: NDArray) in
            let xs = try a.doubles()
            let deviation = try variance(xs, ddof: 0).squareRoot()
            guard deviation > 0 else { throw RuntimeError.valueError("zscore() of constant values") }
            let center = mean(xs)
            return NDArray(doubles: xs.map { ($0 - center) / deviation }, shape: a.shape)
        }
    }

    static func mean(_ xs: [Double]) -> Double {
        xs.reduce(0, +) / Double(xs.count)
    }

    static func variance(_ xs: [Double], ddof: Int) throws -> Double {
        guard ddof >= 0, xs.count > ddof else {
            throw RuntimeError.valueError("variance() needs more than \(ddof) values, got \(xs.count)")
        }
        let center = mean(xs)
        return xs.reduce(0) { $0 + ($1 - center) * ($1 - center) } / Double(xs.count - ddof)
    }
}
