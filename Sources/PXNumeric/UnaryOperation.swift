/// numpy's one-argument ufuncs.
public enum UnaryOperation: String, Sendable, CaseIterable {
    case negative, positive, absolute, sign, square, reciprocal
    case sqrt, cbrt, exp, exp2, expm1, log, log2, log10, log1p
    case sin, cos, tan, arcsin, arccos, arctan, sinh, cosh, tanh, arcsinh, arccosh, arctanh
    case deg2rad, rad2deg
    case floor, ceil, trunc, rint
    case isnan, isinf, isfinite, signbit
    case invert, logicalNot

    /// numpy's ufunc name.
    public var ufuncName: String {
        switch self {
        case .logicalNot: return "logical_not"
        default: return rawValue
        }
    }

    /// Whether the result is a bool array whatever the input.
    var isPredicate: Bool {
        switch self {
        case .isnan, .isinf, .isfinite, .signbit, .logicalNot: return true
        default: return false
        }
    }

    /// The loop numpy picks for an input of `dtype`: the dtype the input is cast to and the result's dtype.
    /// - Throws: numpy's `TypeError` when the ufunc has no loop for the type.
    ///   complex128 has no loop here.
    public func loopTypes(for dtype: DType) throws(NumericError) -> (input: DType, output: DType) {
        if dtype.isComplex {
            throw .type("ufunc '\(ufuncName)' not supported for the input types, and the inputs could not be safely "
                + "coerced to any supported types according to the casting rule ''safe''")
        }
        if isPredicate { return (dtype, .bool) }
        switch self {
        case .negative:
            if dtype == .bool {
                throw .type("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the "
                    + "logical_not function instead.")
            }
            return (dtype, dtype)
        case .positive, .sign:
            if dtype == .bool {
                throw NumericError(.ufuncTypeError, "ufunc '\(ufuncName)' did not contain a loop with signature "
                    + "matching types <class 'numpy.dtypes.BoolDType'> -> None")
            }
            return (dtype, dtype)
        case .absolute, .floor, .ceil, .trunc:
            return (dtype, dtype)
        case .square, .reciprocal:
            return dtype == .bool ? (.int64, .int64) : (dtype, dtype)
        case .invert:
            if dtype.isFloat {
                throw .type("ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced "
                    + "to any supported types according to the casting rule ''safe''")
            }
            return (dtype, dtype)
        default:
            return dtype.isFloat ? (dtype, dtype) : (.float64, .float64)
        }
    }
}

/// The typed loops of the unary operations.
enum UnaryKernels {
    /// The loop of `op` over elements of `dtype` (the loop's input dtype from `loopTypes`).
    static func run(_ op: UnaryOperation, _ dtype: DType) -> UnaryRun {
        switch dtype {
        case .float64: return float(op, Double.self)
        case .float32: return float(op, Float.self)
        case .int64: return integer(op, Int64.self)
        case .int32: return integer(op, Int32.self)
        case .bool: return boolean(op)
        case .complex128: preconditionFailure("internal inconsistency: loopTypes gives no complex128 loop")
        }
    }

    static func float<T: FloatElement>(_ op: UnaryOperation, _: T.Type) -> UnaryRun {
        typealias F = (T) -> T
        if let run = numpyRoutine(op, T.self) { return run }
        switch op {
        case .negative: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in -x } }
        case .positive: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in x } }
        case .absolute: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in Swift.abs(x) } }
        case .sign:
            return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in x > 0 ? 1 : x < 0 ? -1 : x == 0 ? 0 : x } }
        case .square: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in x * x } }
        case .reciprocal: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in 1 / x } }
        case .sqrt: return squareRoot(T.self)
        case .floor: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in x.rounded(.down) } }
        case .ceil: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in x.rounded(.up) } }
        case .trunc: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in x.rounded(.towardZero) } }
        case .rint: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in x.rounded(.toNearestOrEven) } }
        case .deg2rad: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in x * (T.pi / 180) } }
        case .rad2deg: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in x * (180 / T.pi) } }
        case .isnan: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) -> UInt8 in x.isNaN ? 1 : 0 } }
        case .isinf: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) -> UInt8 in x.isInfinite ? 1 : 0 } }
        case .isfinite: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) -> UInt8 in x.isFinite ? 1 : 0 } }
        case .signbit: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) -> UInt8 in x.sign == .minus ? 1 : 0 } }
        case .logicalNot: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) -> UInt8 in x == 0 ? 1 : 0 } }
        case .invert: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in x } }
        case .exp: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.exp, x) } }
        case .exp2: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.exp2, x) } }
        case .expm1: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.expm1, x) } }
        case .log: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.log, x) } }
        case .log2: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.log2, x) } }
        case .log10: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.log10, x) } }
        case .log1p: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.log1p, x) } }
        case .sin: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.sin, x) } }
        case .cos: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.cos, x) } }
        case .tan: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.tan, x) } }
        case .arcsin: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.arcsin, x) } }
        case .arccos: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.arccos, x) } }
        case .arctan: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.arctan, x) } }
        case .sinh: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.sinh, x) } }
        case .cosh: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.cosh, x) } }
        case .tanh: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.tanh, x) } }
        case .arcsinh: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.arcsinh, x) } }
        case .arccosh: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.arccosh, x) } }
        case .arctanh: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.arctanh, x) } }
        case .cbrt: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in T.apply(.cbrt, x) } }
        }
    }

    static func integer<T: FixedWidthInteger & SignedInteger & ArrayElement>(_ op: UnaryOperation, _: T.Type) -> UnaryRun {
        switch op {
        case .negative: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in 0 &- x } }
        case .absolute: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in x < 0 ? 0 &- x : x } }
        case .sign: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) -> T in x > 0 ? 1 : x < 0 ? -1 : 0 } }
        case .square: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in x &* x } }
        case .reciprocal:
            return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) -> T in x == 1 ? 1 : x == -1 ? -1 : 0 } }
        case .invert: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) in ~x } }
        case .isnan, .isinf, .signbit:
            if op == .signbit { return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) -> UInt8 in x < 0 ? 1 : 0 } } }
            return { CastKernels.loop($0, $1, $2, $3, $4) { (_: T) -> UInt8 in 0 } }
        case .isfinite: return { CastKernels.loop($0, $1, $2, $3, $4) { (_: T) -> UInt8 in 1 } }
        case .logicalNot: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: T) -> UInt8 in x == 0 ? 1 : 0 } }
        default: return CastKernels.copyRun(T.self)
        }
    }

    static func boolean(_ op: UnaryOperation) -> UnaryRun {
        switch op {
        case .invert, .logicalNot: return { CastKernels.loop($0, $1, $2, $3, $4) { (x: UInt8) -> UInt8 in x ^ 1 } }
        case .isnan, .isinf, .signbit: return { CastKernels.loop($0, $1, $2, $3, $4) { (_: UInt8) -> UInt8 in 0 } }
        case .isfinite: return { CastKernels.loop($0, $1, $2, $3, $4) { (_: UInt8) -> UInt8 in 1 } }
        default: return CastKernels.copyRun(UInt8.self)
        }
    }
}

extension NDArray {
    /// numpy's unary ufunc `op(a)`, into a new array or into `out` (same shape, a dtype the result casts to
    /// under `same_kind`).
    /// - Throws: numpy's `TypeError` for unsupported types, casting errors, `MemoryError`.
    public func unary(_ op: UnaryOperation, out: NDArray? = nil) throws(NumericError) -> NDArray {
        let (inType, outType) = try op.loopTypes(for: dtype)
        var x = try converted(to: inType)
        let (result, target) = try NDArray.output(out, shape: shape, dtype: outType, ufunc: op.ufuncName, inputs: [x])
        if x.overlapsDifferently(target) { x = try x.copy() }
        if target.count > 0 {
            let run = UnaryKernels.run(op, inType)
            let loop = StridedLoop(shape: target.shape, strides: [target.strides, x.broadcastStrides(to: target.shape)])
            let so = loop.innerStride(0), sx = loop.innerStride(1)
            loop.forEachRun(target.pointer, x.pointer) { n, o, p, _ in run(n, UnsafeRawPointer(p!), sx, o, so) }
        }
        withExtendedLifetime(x) {}
        if target !== result { try result.assign(from: target) }
        return result
    }
}
