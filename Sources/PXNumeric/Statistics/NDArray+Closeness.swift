/// `isclose`, `allclose` and `array_equal`, through the array's own operators so that promotion and precision
/// are numpy's (float32 data compares in float32).
extension NDArray {
    /// `isclose(a, b, rtol, atol, equal_nan)`: `|a - b| <= atol + rtol * |b|` where `b` is finite, or `a == b`.
    /// - Parameters: `a` and `b` as operands (a Python number is a weak scalar); `b` is made inexact first.
    /// - Throws: numpy's broadcast `ValueError`.
    public static func isClose(_ a: Operand, _ b: Operand, rtol: Double, atol: Double, equalNaN: Bool) throws(NumericError) -> NDArray {
        var y = b
        switch b {
        case .array(let array) where !array.dtype.isFloat: y = .array(try array.cast(to: .float64))
        case .scalar(let s, let weak) where !s.dtype.isFloat:
            y = .scalar(ArrayScalar(s.doubleValue), isWeak: weak)
        default: break
        }
        let yArray = try y.array(as: y.dtype)
        let difference = try binary(.subtract, a, y).unary(.absolute)
        let tolerance = try binary(.add, .scalar(ArrayScalar(atol), isWeak: true),
                                   .array(try binary(.multiply, .scalar(ArrayScalar(rtol), isWeak: true),
                                                     .array(try yArray.unary(.absolute)))))
        let within = try binary(.lessEqual, .array(difference), .array(tolerance))
        let finite = try binary(.logicalAnd, .array(within), .array(try yArray.unary(.isfinite)))
        var result = try binary(.logicalOr, .array(finite), .array(try binary(.equal, a, y)))
        if equalNaN {
            let bothNaN = try binary(.logicalAnd, .array(try a.array(as: a.dtype).unary(.isnan)), .array(try yArray.unary(.isnan)))
            result = try binary(.logicalOr, .array(result), .array(bothNaN))
        }
        return result
    }

    /// `array_equal(a1, a2, equal_nan)`: the same shape and equal elements (NaNs equal each other with
    /// `equalNaN`).
    public static func arrayEqual(_ a: NDArray, _ b: NDArray, equalNaN: Bool) throws(NumericError) -> Bool {
        guard a.shape == b.shape else { return false }
        let equal = try binary(.equal, .array(a), .array(b)).bools()
        guard equalNaN, a.dtype.isFloat || b.dtype.isFloat else { return equal.allSatisfy { $0 } }
        let nanA = try a.unary(.isnan).bools(), nanB = try b.unary(.isnan).bools()
        for i in equal.indices {
            if nanA[i] != nanB[i] { return false }
            if !nanA[i] && !equal[i] { return false }
        }
        return true
    }
}
