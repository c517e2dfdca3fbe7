/// numpy's binary ufuncs: arithmetic, comparisons, bitwise and logical operators, and the two-argument
/// functions (`maximum`, `arctan2`, …).
public enum BinaryOperation: String, Sendable, CaseIterable {
    case add, subtract, multiply, divide, floorDivide, remainder, power
    case maximum, minimum, fmax, fmin, arctan2, hypot, copysign, fmod
    case bitwiseAnd, bitwiseOr, bitwiseXor, leftShift, rightShift
    case logicalAnd, logicalOr, logicalXor
    case equal, notEqual, less, lessEqual, greater, greaterEqual

    /// numpy's ufunc name (`floor_divide`), as error messages spell it.
    public var ufuncName: String {
        switch self {
        case .floorDivide: return "floor_divide"
        case .bitwiseAnd: return "bitwise_and"
        case .bitwiseOr: return "bitwise_or"
        case .bitwiseXor: return "bitwise_xor"
        case .leftShift: return "left_shift"
        case .rightShift: return "right_shift"
        case .logicalAnd: return "logical_and"
        case .logicalOr: return "logical_or"
        case .logicalXor: return "logical_xor"
        case .notEqual: return "not_equal"
        case .lessEqual: return "less_equal"
        case .greaterEqual: return "greater_equal"
        default: return rawValue
        }
    }

    /// Whether the result is a bool array whatever the inputs.
    public var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return true
        default: return false
        }
    }

    var isLogical: Bool { self == .logicalAnd || self == .logicalOr || self == .logicalXor }

    /// The loop numpy picks for inputs promoted to `common`: the dtype the inputs are cast to and the
    /// result's dtype.
    /// - Throws: numpy's `TypeError` when no loop exists (bitwise operators on floats, `-` on bools).
    ///   complex128 has no loop here: complex arithmetic lives in `ComplexArithmetic`.
    public func loopTypes(for common: DType) throws(NumericError) -> (input: DType, output: DType) {
        if common.isComplex { throw unsupported() }
        if isComparison || isLogical { return (common, .bool) }
        switch self {
        case .add, .multiply, .maximum, .minimum, .fmax, .fmin:
            return (common, common)
        case .subtract:
            if common == .bool {
                throw .type("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` "
                    + "operator, or the logical_xor function instead.")
            }
            return (common, common)
        case .divide, .arctan2, .hypot, .copysign:
            return common.isFloat ? (common, common) : (.float64, .float64)
        case .floorDivide, .remainder, .power, .fmod:
            return common == .bool ? (.int64, .int64) : (common, common)
        case .bitwiseAnd, .bitwiseOr, .bitwiseXor:
            guard !common.isFloat else { throw unsupported() }
            return (common, common)
        case .leftShift, .rightShift:
            guard !common.isFloat else { throw unsupported() }
            return common == .bool ? (.int64, .int64) : (common, common)
        default:
            return (common, common)
        }
    }

    /// `ufunc 'bitwise_and' not supported for the input types, …`.
    func unsupported() -> NumericError {
        .type("ufunc '\(ufuncName)' not supported for the input types, and the inputs could not be safely coerced to "
            + "any supported types according to the casting rule ''safe''")
    }
}

/// One operand of a binary operation: an array, or a scalar. A Python `int`, `float` or `bool` is a *weak*
/// scalar (NEP 50): it takes the array's dtype when that dtype can hold its kind; numpy scalars are strong.
public enum Operand: Sendable {
    case array(NDArray)
    case scalar(ArrayScalar, isWeak: Bool)

    /// The dtype the operand contributes to promotion, with its weakness.
    var dtype: DType {
        switch self {
        case .array(let a): return a.dtype
        case .scalar(let s, _): return s.dtype
        }
    }

    var isWeak: Bool {
        if case .scalar(_, let weak) = self { return weak }
        return false
    }

    var shape: [Int] {
        if case .array(let a) = self { return a.shape }
        return []
    }
}

extension Operand {
    /// numpy 2's result dtype of two operands (NEP 50: a weak Python scalar adapts to the other operand when
    /// that operand's kind can hold it).
    /// - Throws: `OverflowError: Python integer 300 out of bounds for int32` when a Python int does not fit the
    ///   array's integer dtype (unless `lenient`, used by comparisons, which then widen instead).
    static func promote(_ a: Operand, _ b: Operand, lenient: Bool = false) throws(NumericError) -> DType {
        switch (a.isWeak, b.isWeak) {
        case (true, false): return try weak(a, with: b.dtype, lenient: lenient)
        case (false, true): return try weak(b, with: a.dtype, lenient: lenient)
        default: return DType.promote(a.dtype, b.dtype)
        }
    }

    private static func weak(_ w: Operand, with other: DType, lenient: Bool) throws(NumericError) -> DType {
        guard case .scalar(let s, _) = w else { return other }
        if s.dtype.kindRank > other.kindRank { return DType.promote(s.dtype, other) }
        if other == .int32 && s.dtype == .int64 {
            let v = s.int64Value
            if v < Int64(Int32.min) || v > Int64(Int32.max) {
                if lenient { return .int64 }
                throw NumericError(.overflowError, "Python integer \(v) out of bounds for int32")
            }
        }
        return other
    }
}
