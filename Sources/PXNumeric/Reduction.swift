import CArrayKernels

/// numpy's reductions (`add.reduce`, `multiply.reduce`, `minimum.reduce`, …) as the array methods call them.
public enum Reduction: String, Sendable {
    case sum, prod, min, max, any, all

    /// numpy's name of the underlying ufunc (`maximum`), for messages.
    var ufuncName: String {
        switch self {
        case .sum: return "add"
        case .prod: return "multiply"
        case .min: return "minimum"
        case .max: return "maximum"
        case .any: return "logical_or"
        case .all: return "logical_and"
        }
    }

    /// The dtype numpy accumulates in and returns when none is requested: small integers and bools sum and
    /// multiply as int64, any/all give bools, min/max keep the dtype.
    func defaultType(for dtype: DType) -> DType {
        switch self {
        case .sum, .prod: return dtype == .bool || dtype == .int32 ? .int64 : dtype
        case .min, .max: return dtype
        case .any, .all: return .bool
        }
    }

    /// The identity the accumulator starts from (nil for min and max).
    var identity: ArrayScalar? {
        switch self {
        case .sum: return ArrayScalar(Int64(0))
        case .prod: return ArrayScalar(Int64(1))
        case .any: return ArrayScalar(false)
        case .all: return ArrayScalar(true)
        case .min, .max: return nil
        }
    }

    /// The ufunc that combines two partial results.
    public var binary: BinaryOperation {
        switch self {
        case .sum: return .add
        case .prod: return .multiply
        case .min: return .minimum
        case .max: return .maximum
        case .any: return .logicalOr
        case .all: return .logicalAnd
        }
    }
}

/// A reduction's inner loops over one accumulator type.
struct ReductionKernels {
    /// `*acc = op(*acc, reduce(run))` for a run of `count` elements with the given stride.
    let reduceRun: (Int, UnsafeRawPointer, Int, UnsafeMutableRawPointer) -> Void
    /// `acc[i] = op(acc[i], run[i])` for runs of the same length.
    let accumulateRun: BinaryRun

    static func make(_ op: Reduction, _ dtype: DType) -> ReductionKernels {
        let accumulate = BinaryKernels.run(op.binary, dtype)
        let reduce: (Int, UnsafeRawPointer, Int, UnsafeMutableRawPointer) -> Void
        switch dtype {
        case .float64: reduce = float(op, Double.self)
        case .float32: reduce = float(op, Float.self)
        case .int64: reduce = integer(op, Int64.self)
        case .int32: reduce = integer(op, Int32.self)
        case .bool:
            reduce = op == .min || op == .prod || op == .all
                ? { n, p, s, acc in sequential(n, p, s, acc) { (x: UInt8, y: UInt8) in x & y } }
                : { n, p, s, acc in sequential(n, p, s, acc) { (x: UInt8, y: UInt8) in x | y } }
        case .complex128: preconditionFailure("internal inconsistency: no complex128 reduction")
        }
        return ReductionKernels(reduceRun: reduce, accumulateRun: accumulate)
    }

    static func float<T: FloatElement>(_ op: Reduction, _: T.Type) -> (Int, UnsafeRawPointer, Int, UnsafeMutableRawPointer) -> Void {
        switch op {
        case .sum: return floatSum(T.self)
        case .prod: return { n, p, s, acc in sequential(n, p, s, acc) { (x: T, y: T) in x * y } }
        case .max: return { n, p, s, acc in sequential(n, p, s, acc) { (x: T, y: T) in x >= y || x.isNaN ? x : y } }
        case .min: return { n, p, s, acc in sequential(n, p, s, acc) { (x: T, y: T) in x <= y || x.isNaN ? x : y } }
        case .any: return { n, p, s, acc in sequential(n, p, s, acc) { (x: T, y: T) in x != 0 || y != 0 ? 1 : 0 } }
        case .all: return { n, p, s, acc in sequential(n, p, s, acc) { (x: T, y: T) in x != 0 && y != 0 ? 1 : 0 } }
        }
    }

    static func integer<T: FixedWidthInteger & SignedInteger & ArrayElement>(_ op: Reduction, _: T.Type)
        -> (Int, UnsafeRawPointer, Int, UnsafeMutableRawPointer) -> Void {
        switch op {
        case .sum: return { n, p, s, acc in sequential(n, p, s, acc) { (x: T, y: T) in x &+ y } }
        case .prod: return { n, p, s, acc in sequential(n, p, s, acc) { (x: T, y: T) in x &* y } }
        case .max: return { n, p, s, acc in sequential(n, p, s, acc) { (x: T, y: T) in x >= y ? x : y } }
        case .min: return { n, p, s, acc in sequential(n, p, s, acc) { (x: T, y: T) in x <= y ? x : y } }
        case .any: return { n, p, s, acc in sequential(n, p, s, acc) { (x: T, y: T) in x != 0 || y != 0 ? 1 : 0 } }
        case .all: return { n, p, s, acc in sequential(n, p, s, acc) { (x: T, y: T) in x != 0 && y != 0 ? 1 : 0 } }
        }
    }

    /// `acc = f(acc, x)` over a run, the accumulator in a register.
    @inline(__always)
    static func sequential<T>(_ n: Int, _ p: UnsafeRawPointer, _ s: Int, _ acc: UnsafeMutableRawPointer,
                              _ f: (T, T) -> T) {
        var a = acc.load(as: T.self)
        if s == MemoryLayout<T>.stride {
            let x = p.assumingMemoryBound(to: T.self)
            for i in 0..<n { a = f(a, x[i]) }
        } else {
            var q = p
            for _ in 0..<n {
                a = f(a, q.load(as: T.self))
                q += s
            }
        }
        acc.storeBytes(of: a, as: T.self)
    }

    /// numpy's pairwise sum of a run; contiguous float64 and float32 runs take the vectorised C loop.
    static func floatSum<T: FloatElement>(_: T.Type) -> (Int, UnsafeRawPointer, Int, UnsafeMutableRawPointer) -> Void {
        { n, p, s, acc in
            let a = acc.assumingMemoryBound(to: T.self)
            a.pointee += vectorSum(p, n, s) ?? PairwiseSum.sum(p, n, s, PairwiseSum.Identity<T>())
        }
    }

    /// The pairwise sum of a contiguous float64 or float32 run by the C loop (numpy's order of additions);
    /// nil for other runs.
    @inline(__always)
    static func vectorSum<T: FloatElement>(_ p: UnsafeRawPointer, _ n: Int, _ stride: Int) -> T? {
        guard stride == MemoryLayout<T>.stride else { return nil }
        if T.self == Double.self { return pxk_pairwise_sum_f64(p.assumingMemoryBound(to: Double.self), n) as? T }
        if T.self == Float.self { return pxk_pairwise_sum_f32(p.assumingMemoryBound(to: Float.self), n) as? T }
        return nil
    }
}
