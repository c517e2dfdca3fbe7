/// `bincount` and `histogram`, counting as numpy does: uniform bins by scaling with numpy's one-ulp corrections
/// against the edges, other bins by binary search over sorted data.
extension NDArray {
    /// `bincount(x, weights, minlength)`: occurrences of each non-negative int (int64), or the sum of their
    /// weights (float64).
    /// - Throws: numpy's `ValueError`s (`object too deep for desired array`, `object of too small depth for
    ///   desired array`, `'list' argument must have no
    ///   negative elements`, `'minlength' must not be negative`, `The weights and list don't have the same
    ///   length.`) and `TypeError: Cannot cast array data from dtype('float64') to dtype('int64') according to
    ///   the rule 'safe'`.
    public func bincount(weights: NDArray?, minlength: Int) throws(NumericError) -> NDArray {
        guard ndim <= 1 else { throw .value("object too deep for desired array") }
        guard ndim == 1 else { throw .value("object of too small depth for desired array") }
        guard minlength >= 0 else { throw .value("'minlength' must not be negative") }
        guard !dtype.isFloat else {
            throw .type("Cannot cast array data from dtype('\(dtype.name)') to dtype('int64') according to the rule 'safe'")
        }
        let values = try int64s()
        if let weights, weights.count != values.count || weights.ndim > 1 {
            throw .value("The weights and list don't have the same length.")
        }
        guard values.allSatisfy({ $0 >= 0 }) else { throw .value("'list' argument must have no negative elements") }
        let length = Swift.max(minlength, Int(values.max().map { $0 + 1 } ?? 0))
        if let weights {
            var sums = [Double](repeating: 0, count: length)
            for (v, w) in zip(values, try weights.doubles()) { sums[Int(v)] += w }
            return NDArray(doubles: sums)
        }
        var counts = [Int](repeating: 0, count: length)
        for v in values { counts[Int(v)] += 1 }
        return NDArray(ints: counts)
    }

    /// `histogram(a, bins, range, density, weights)` for a number of equal bins.
    /// - Parameters:
    ///   - bins: the number of bins (at least 1).
    ///   - range: the outer edges; nil for the data's minimum and maximum.
    /// - Returns: the counts (int64, or the weights' dtype) and the edges.
    /// - Throws: numpy's `ValueError`s (`` `bins` must be positive, when an integer``, `max must be larger than
    ///   min in range parameter.`, `autodetected range of [nan, nan] is not finite`, …).
    public func histogram(bins: Int, range: (Double, Double)?, weights: NDArray?) throws(NumericError) -> (counts: NDArray, edges: NDArray) {
        guard bins >= 1 else { throw .value("`bins` must be positive, when an integer") }
        let data = try doubles()
        let (first, last) = try Self.outerEdges(data, range: range)
        // numpy's bin type: the data's float32 stays float32 (a range of Python numbers is weak), else float64.
        let edgeType: DType = dtype == .float32 ? .float32 : .float64
        // numpy's linspace over the data's own float32 minimum and maximum computes in float32.
        let edges = edgeType == .float32 && range == nil
            ? Self.float32Edges(Float(first), Float(last), bins: bins)
            : try NDArray.linspace(start: first, stop: last, count: bins + 1, dtype: edgeType).values
        let edgeValues = try edges.doubles()
        for i in 0..<bins where !(edgeValues[i] < edgeValues[i + 1]) {
            throw .value("Too many bins for data range. Cannot create \(bins) finite-sized bins.")
        }
        let weightValues = try weights.map { w throws(NumericError) in try w.doubles() }
        var counts = [Double](repeating: 0, count: bins)
        let denominator = edgeType == .float32 && range == nil ? Double(Float(last) - Float(first)) : last - first
        for (k, x) in data.enumerated() {
            let value = edgeType == .float32 ? Double(Float(x)) : x
            guard value >= edgeValues[0] && value <= edgeValues[bins] else { continue }
            let scaled = edgeType == .float32
                ? Double((Float(value) - Float(first)) / Float(denominator) * Float(bins))
                : (value - first) / denominator * Double(bins)
            var index = Int(scaled)
            if index == bins { index -= 1 }
            if value < edgeValues[index] { index -= 1 }
            if value >= edgeValues[index + 1] && index != bins - 1 { index += 1 }
            counts[index] += weightValues?[k] ?? 1
        }
        return (try Self.counts(counts, weights: weights), edges)
    }

    /// numpy's `_get_outer_edges`: the given range, or the data's minimum and maximum (0 and 1 for no data),
    /// widened by 0.5 on each side when they are equal.
    /// - Throws: `max must be larger than min in range parameter.`, and numpy's errors for a non-finite range.
    static func outerEdges(_ data: [Double], range: (Double, Double)?) throws(NumericError) -> (Double, Double) {
        var first: Double, last: Double
        if let range {
            (first, last) = range
            guard first <= last else { throw .value("max must be larger than min in range parameter.") }
            guard first.isFinite && last.isFinite else {
                throw .value("supplied range of [\(Self.pythonFloat(first)), \(Self.pythonFloat(last))] is not finite")
            }
        } else if data.isEmpty {
            (first, last) = (0, 1)
        } else {
            first = data.contains(where: \.isNaN) ? .nan : data.min() ?? 0
            last = data.contains(where: \.isNaN) ? .nan : data.max() ?? 1
            guard first.isFinite && last.isFinite else {
                throw .value("autodetected range of [\(Self.pythonFloat(first)), \(Self.pythonFloat(last))] is not finite")
            }
        }
        if first == last {
            first -= 0.5
            last += 0.5
        }
        return (first, last)
    }

    /// numpy's `linspace(first, last, bins + 1)` in float32 arithmetic: `i * step + first`, the last edge exact.
    static func float32Edges(_ first: Float, _ last: Float, bins: Int) -> NDArray {
        let delta = last - first, step = delta / Float(bins)
        var edges = (0...bins).map { step == 0 ? Float($0) / Float(bins) * delta + first : Float($0) * step + first }
        edges[bins] = last
        return NDArray(floats: edges, shape: [bins + 1])
    }

    /// `histogram(a, bins=edges, weights)` for given monotonic edges.
    /// - Throws: `` ValueError: `bins` must increase monotonically, when an array ``.
    public func histogram(edges: NDArray, weights: NDArray?) throws(NumericError) -> (counts: NDArray, edges: NDArray) {
        let edgeValues = try edges.doubles()
        for i in edgeValues.indices.dropLast() where edgeValues[i] > edgeValues[i + 1] {
            throw .value("`bins` must increase monotonically, when an array")
        }
        let data = try doubles()
        let weightValues = try weights.map { w throws(NumericError) in try w.doubles() }
        var order = Array(data.indices)
        order.sort { data[$0] < data[$1] || (data[$1].isNaN && !data[$0].isNaN) }
        let sorted = order.map { data[$0] }
        // Cumulative counts at each edge: searchsorted left, and right for the last edge.
        var cumulative = [Double](repeating: 0, count: edgeValues.count)
        var prefix = [0.0]
        for i in order { prefix.append(prefix[prefix.count - 1] + (weightValues?[i] ?? 1)) }
        for (e, edge) in edgeValues.enumerated() {
            let right = e == edgeValues.count - 1
            var low = 0, high = sorted.count
            while low < high {
                let mid = (low + high) / 2
                if right ? !(edge < sorted[mid]) : sorted[mid] < edge { low = mid + 1 } else { high = mid }
            }
            cumulative[e] = prefix[low]
        }
        let counts = (0..<Swift.max(0, edgeValues.count - 1)).map { cumulative[$0 + 1] - cumulative[$0] }
        return (try Self.counts(counts, weights: weights), edges)
    }

    /// Counts in numpy's dtype: int64 without weights, else the weights' dtype (float64 for bools).
    static func counts(_ values: [Double], weights: NDArray?) throws(NumericError) -> NDArray {
        guard let weights else { return NDArray(ints: values.map { Int($0) }) }
        return try NDArray(doubles: values).converted(to: weights.dtype == .bool ? .float64 : weights.dtype)
    }

    /// A float as Python's `str` shows it in numpy's messages (`nan`, `inf`, `1.0`).
    static func pythonFloat(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        return x == x.rounded() && Swift.abs(x) < 1e16 ? "\(Int(x)).0" : "\(x)"
    }
}
