#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - arange, linspace, eye

extension NDArray {
    /// numpy's `arange(start, stop, step)`: `ceil((stop - start) / step)` values, element `i` being
    /// `start + i * delta` with `delta = (start + step) - start` (numpy's fill rule).
    /// - Parameters:
    ///   - dtype: the result dtype (int64 when every argument is an integer, else float64, unless given).
    /// - Throws: `ZeroDivisionError: division by zero` for a zero step, `ValueError: Maximum allowed size
    ///   exceeded`, `MemoryError`.
    public static func arange(start: ArrayScalar, stop: ArrayScalar, step: ArrayScalar,
                              dtype: DType) throws(NumericError) -> NDArray {
        let s = start.doubleValue, e = stop.doubleValue, d = step.doubleValue
        if d == 0 { throw NumericError(.zeroDivisionError, "division by zero") }
        let span = ((e - s) / d).rounded(.up)
        guard !span.isNaN else { throw .value("arange: cannot compute length") }
        guard span < 9.2e18 else { throw .value("Maximum allowed size exceeded") }
        let n = max(0, Int(span))
        let result = try NDArray.empty(shape: [n], dtype: dtype)
        guard n > 0 else { return result }
        if dtype.isInteger && !start.isFloat && !step.isFloat {
            let first = start.int64Value, delta = step.int64Value
            let out = result.pointer
            for i in 0..<n { ArrayScalar(first &+ Int64(i) &* delta).cast(to: dtype).store(to: out + i * dtype.itemSize) }
            return result
        }
        let delta = (s + d) - s
        let values = NDArray.empty1D(n) { i in i == 0 ? s : i == 1 ? s + d : s + Double(i) * delta }
        return try values.converted(to: dtype)
    }

    /// A float64 vector whose element `i` is `f(i)`.
    static func empty1D(_ n: Int, _ f: (Int) -> Double) -> NDArray {
        var values = [Double](repeating: 0, count: n)
        for i in 0..<n { values[i] = f(i) }
        return NDArray(doubles: values)
    }

    /// numpy's `linspace(start, stop, num, endpoint)`: `i * step + start`, the last value exactly `stop` when
    /// the endpoint is included; integer dtypes take the floor first.
    /// - Throws: `ValueError: Number of samples, -1, must be non-negative.`, `MemoryError`.
    public static func linspace(start: Double, stop: Double, count num: Int, endpoint: Bool = true,
                                dtype: DType = .float64) throws(NumericError) -> (values: NDArray, step: Double) {
        guard num >= 0 else { throw .value("Number of samples, \(num), must be non-negative.") }
        let divisions = endpoint ? num - 1 : num
        let delta = stop - start
        var step = Double.nan
        let result = try NDArray.empty(shape: [num], dtype: .float64)
        let y = result.pointer.assumingMemoryBound(to: Double.self)
        if divisions > 0 {
            step = delta / Double(divisions)
            if step == 0 {
                for i in 0..<num { y[i] = (Double(i) / Double(divisions)) * delta + start }
            } else {
                for i in 0..<num { y[i] = Double(i) * step + start }
            }
        } else {
            for i in 0..<num { y[i] = Double(i) * delta + start }
        }
        if endpoint && num > 1 { y[num - 1] = stop }
        if dtype.isInteger { for i in 0..<num { y[i] = Glibc.floor(y[i]) } }
        return (try result.converted(to: dtype), step)
    }

    /// numpy's `eye(N, M, k)`: ones on the k-th diagonal.
    public static func eye(_ n: Int, _ m: Int? = nil, k: Int = 0, dtype: DType = .float64) throws(NumericError) -> NDArray {
        let columns = m ?? n
        let result = try NDArray.zeros(shape: [n, columns], dtype: dtype)
        let one = ArrayScalar(Int64(1)).cast(to: dtype)
        for i in 0..<n {
            let j = i + k
            if j >= 0 && j < columns { one.store(to: result.pointer + (i * columns + j) * dtype.itemSize) }
        }
        return result
    }
}
