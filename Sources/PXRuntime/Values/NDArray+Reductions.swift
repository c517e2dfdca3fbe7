#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Reductions

extension NDArray {
    /// numpy's pairwise summation (8-way unrolled blocks of up to 128), so sums match numpy bit for bit.
    static func pairwiseSum(_ values: UnsafeBufferPointer<Double>) -> Double {
        let n = values.count
        if n < 8 {
            var result = 0.0
            for v in values { result += v }
            return result
        }
        if n <= 128 {
            var r = (values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7])
            var i = 8
            while i < n - n % 8 {
                r.0 += values[i]; r.1 += values[i + 1]; r.2 += values[i + 2]; r.3 += values[i + 3]
                r.4 += values[i + 4]; r.5 += values[i + 5]; r.6 += values[i + 6]; r.7 += values[i + 7]
                i += 8
            }
            var result = ((r.0 + r.1) + (r.2 + r.3)) + ((r.4 + r.5) + (r.6 + r.7))
            while i < n {
                result += values[i]
                i += 1
            }
            return result
        }
        var half = n / 2
        half -= half % 8
        return pairwiseSum(UnsafeBufferPointer(rebasing: values[0..<half]))
            + pairwiseSum(UnsafeBufferPointer(rebasing: values[half...]))
    }

    /// numpy's `add.reduce` of float64: the pairwise sum of all elements.
    static func sum(_ values: [Double]) -> Double {
        if values.isEmpty { return 0 }
        return values.withUnsafeBufferPointer { pairwiseSum($0) }
    }

    /// The sum of all elements, as a Python number.
    func sumValue() -> Value {
        if dtype == .float64 { return .float(NDArray.sum(floatValues)) }
        var total = 0
        for v in intValues { total &+= v }
        return .int(total)
    }

    func mean() throws -> Double {
        guard count > 0 else { return .nan }
        return NDArray.sum(floatValues) / Double(count)
    }

    func standardDeviation(ddof: Int = 0) -> Double {
        let values = floatValues
        guard count > ddof else { return .nan }
        let m = NDArray.sum(values) / Double(count)
        let squares = values.map { ($0 - m) * ($0 - m) }
        return (NDArray.sum(squares) / Double(count - ddof)).squareRoot()
    }

    /// The sum, mean, extremes and friends, over all elements or along an axis of a 2-D array.
    func reduction(_ name: String, _ args: Arguments) throws -> Value? {
        let axis = try args.keyword("axis").flatMap { v -> Int? in v.isNone ? nil : try StringMethods.integer(v) }
        if let axis, shape.count == 2 {
            let (r, c) = (shape[0], shape[1])
            let base = copy()
            let lines: [NDArray] = axis == 0
                ? (0..<c).map { j in base.dtype == .float64 ? NDArray(floats: (0..<r).map { base.double($0 * c + j) })
                                                             : NDArray(ints: (0..<r).map { base.integer($0 * c + j) }) }
                : (0..<r).map { i in base.dtype == .float64 ? NDArray(floats: (0..<c).map { base.double(i * c + $0) })
                                                             : NDArray(ints: (0..<c).map { base.integer(i * c + $0) }) }
            let results = try lines.map { try $0.reduction(name, Arguments()) ?? .none }
            return .ndarray(try NDArray.from(.list(ListObject(results)), nil))
        }
        switch name {
        case "sum": return sumValue()
        case "mean": return .float(try mean())
        case "std": return .float(standardDeviation(ddof: try args.keyword("ddof").map { try StringMethods.integer($0) } ?? 0))
        case "var":
            let s = standardDeviation(ddof: try args.keyword("ddof").map { try StringMethods.integer($0) } ?? 0)
            return .float(s * s)
        case "min", "max":
            guard count > 0 else {
                throw RuntimeError.valueError("zero-size array to reduction operation \(name == "min" ? "minimum" : "maximum") "
                    + "which has no identity")
            }
            if dtype == .float64 {
                let values = floatValues
                if values.contains(where: { $0.isNaN }) { return .float(.nan) }
                return .float(name == "min" ? values.min() ?? .nan : values.max() ?? .nan)
            }
            let values = intValues
            let v = name == "min" ? values.min() ?? 0 : values.max() ?? 0
            return dtype == .bool ? .bool(v != 0) : .int(v)
        case "argmin", "argmax":
            guard count > 0 else { throw RuntimeError.valueError("attempt to get \(name) of an empty sequence") }
            let values = floatValues
            var best = 0
            for i in 1..<max(values.count, 1) where name == "argmin" ? values[i] < values[best] : values[i] > values[best] {
                best = i
            }
            return .int(best)
        case "prod":
            if dtype == .float64 { return .float(floatValues.reduce(1, *)) }
            var p = 1
            for v in intValues {
                let (r, o) = p.multipliedReportingOverflow(by: v)
                if o { throw RuntimeError.overflow() }
                p = r
            }
            return .int(p)
        case "cumsum":
            if dtype == .float64 {
                var running = 0.0
                return .ndarray(NDArray(floats: floatValues.map { running += $0; return running }))
            }
            var running = 0
            return .ndarray(NDArray(ints: intValues.map { running &+= $0; return running }))
        case "any": return .bool((0..<count).contains { double($0) != 0 })
        case "all": return .bool((0..<count).allSatisfy { double($0) != 0 })
        default: return nil
        }
    }
}
