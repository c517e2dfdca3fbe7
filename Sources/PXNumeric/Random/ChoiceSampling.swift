/// The parts of numpy's `choice` that both generators share: the Kahan sum that checks `p`, and sampling by
/// inverse CDF (`cumsum`, normalise by the last value, `searchsorted(side='right')`).
enum ChoiceSampling {
    /// The error texts of one generator's `choice` (the legacy and the new one word them differently).
    struct Texts {
        let notPositive: String
        let empty: String
        let sizeMismatch: String
        let notANumber: String
        let negative: String
        let notSummingToOne: String
        let tooMany: String

        static let legacy = Texts(
            notPositive: "a must be greater than 0 unless no samples are taken",
            empty: "'a' cannot be empty unless no samples are taken",
            sizeMismatch: "'a' and 'p' must have same size",
            notANumber: "probabilities contain NaN",
            negative: "probabilities are not non-negative",
            notSummingToOne: "probabilities do not sum to 1",
            tooMany: "Cannot take a larger sample than population when 'replace=False'")

        static let generator = Texts(
            notPositive: "a must be a positive integer unless no samples are taken",
            empty: "a cannot be empty unless no samples are taken",
            sizeMismatch: "a and p must have same size",
            notANumber: "Probabilities contain NaN",
            negative: "Probabilities are not non-negative",
            notSummingToOne: "Probabilities do not sum to 1. See Notes section of docstring for more information.",
            tooMany: "Cannot take a larger sample than population when replace is False")
    }

    /// numpy's checks of `a` and `p`, in numpy's order.
    static func validate(
        population: Int, fromInt: Bool, count: Int, probabilities: [Double]?, tolerance: Double, texts: Texts
    ) throws(NumericError) {
        if population <= 0 && count != 0 { throw .value(fromInt ? texts.notPositive : texts.empty) }
        guard let p = probabilities else { return }
        guard p.count == population else { throw .value(texts.sizeMismatch) }
        let total = kahanSum(p)
        if total.isNaN { throw .value(texts.notANumber) }
        if p.contains(where: { $0 < 0 }) { throw .value(texts.negative) }
        if Swift.abs(total - 1.0) > tolerance { throw .value(texts.notSummingToOne) }
    }

    /// numpy's checks of a sample without replacement.
    static func validateWithoutReplacement(population: Int, count: Int, texts: Texts) throws(NumericError) {
        guard count <= population else { throw .value(texts.tooMany) }
        guard count >= 0 else { throw .value("negative dimensions are not allowed") }
    }

    /// numpy's `kahan_sum` (compensated, starting from the first element).
    static func kahanSum(_ values: [Double]) -> Double {
        guard var sum = values.first else { return 0 }
        var c = 0.0
        for value in values.dropFirst() {
            let y = value - c
            let t = sum + y
            c = (t - sum) - y
            sum = t
        }
        return sum
    }

    /// The normalised running sum of `p` (`cdf = p.cumsum(); cdf /= cdf[-1]`).
    static func cdf(_ p: [Double]) -> [Double] {
        var cdf = p
        for i in cdf.indices.dropFirst() { cdf[i] = cdf[i - 1] + cdf[i] }
        if let last = cdf.last {
            for i in cdf.indices { cdf[i] /= last }
        }
        return cdf
    }

    /// `cdf.searchsorted(x, side='right')`: the number of entries not above `x`.
    static func searchRight(_ cdf: [Double], _ x: Double) -> Int {
        var low = 0, high = cdf.count
        while low < high {
            let mid = (low + high) / 2
            if cdf[mid] <= x { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Draws with replacement by `p`, one index per uniform.
    static func weighted(_ p: [Double], uniforms: [Double]) -> [Int] {
        let cdf = cdf(p)
        return uniforms.map { searchRight(cdf, $0) }
    }

    /// Draws `count` distinct indices by `p`: rounds of `count - found` uniforms, zeroing the weights already
    /// taken and keeping each round's new indices in first-seen order (numpy's loop with `np.unique`).
    /// - Throws: `ValueError: Fewer non-zero entries in p than size`.
    static func weightedWithoutReplacement(
        _ p: [Double], count: Int, uniforms: (Int) -> [Double]
    ) throws(NumericError) -> [Int] {
        guard p.lazy.filter({ $0 > 0 }).count >= count else { throw .value("Fewer non-zero entries in p than size") }
        var weights = p
        var found: [Int] = []
        found.reserveCapacity(count)
        while found.count < count {
            let x = uniforms(count - found.count)
            for index in found { weights[index] = 0 }
            let cdf = cdf(weights)
            var seen = Set<Int>()
            for u in x {
                let index = searchRight(cdf, u)
                if seen.insert(index).inserted { found.append(index) }
            }
        }
        return found
    }
}
