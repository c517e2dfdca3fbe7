#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A run of a binary operation: `count` elements of two inputs (each with its byte stride, 0 for a repeated
/// scalar) into an output.
typealias BinaryRun = (Int, UnsafeRawPointer, Int, UnsafeRawPointer, Int, UnsafeMutableRawPointer, Int) -> Void

/// The typed loops of the binary operations, chosen once per call (never per element).
enum BinaryKernels {
    /// The loop of `op` over elements of `dtype` (the loop's input dtype from `loopTypes`).
    static func run(_ op: BinaryOperation, _ dtype: DType) -> BinaryRun {
        switch dtype {
        case .float64: return float(op, Double.self)
        case .float32: return float(op, Float.self)
        case .int64: return integer(op, Int64.self)
        case .int32: return integer(op, Int32.self)
        case .bool: return boolean(op)
        case .complex128: preconditionFailure("internal inconsistency: loopTypes gives no complex128 loop")
        }
    }

    /// `r[i] = f(a[i], b[i])` over a run, with contiguous and scalar fast paths the compiler vectorises.
    @inline(__always)
    static func loop<A, R>(_ n: Int, _ a: UnsafeRawPointer, _ sa: Int, _ b: UnsafeRawPointer, _ sb: Int,
                           _ r: UnsafeMutableRawPointer, _ sr: Int, _ f: (A, A) -> R) {
        let size = MemoryLayout<A>.stride
        if sr == MemoryLayout<R>.stride {
            let out = r.assumingMemoryBound(to: R.self)
            // In place (`acc += row`, a temporary reused): read and write through one pointer, so the compiler
            // vectorises without the overlap check that would send the loop down its scalar path.
            if A.self == R.self && UnsafeRawPointer(r) == a && sa == size && (sb == size || sb == 0) {
                let x = r.assumingMemoryBound(to: A.self)
                if sb == 0 {
                    let y = b.load(as: A.self)
                    for i in 0..<n { out[i] = f(x[i], y) }
                } else {
                    let y = b.assumingMemoryBound(to: A.self)
                    for i in 0..<n { out[i] = f(x[i], y[i]) }
                }
                return
            }
            if sa == size && sb == size {
                let x = a.assumingMemoryBound(to: A.self), y = b.assumingMemoryBound(to: A.self)
                for i in 0..<n { out[i] = f(x[i], y[i]) }
                return
            }
            if sa == size && sb == 0 {
                let x = a.assumingMemoryBound(to: A.self), y = b.load(as: A.self)
                for i in 0..<n { out[i] = f(x[i], y) }
                return
            }
            if sa == 0 && sb == size {
                let x = a.load(as: A.self), y = b.assumingMemoryBound(to: A.self)
                for i in 0..<n { out[i] = f(x, y[i]) }
                return
            }
        }
        var p = a, q = b, o = r
        for _ in 0..<n {
            o.storeBytes(of: f(p.load(as: A.self), q.load(as: A.self)), as: R.self)
            p += sa
            q += sb
            o += sr
        }
    }

    // MARK: - Floating point

    /// The loops of floats: `+ - * /` through the C loops for contiguous runs, the typed loops otherwise.
    static func float<T: FloatElement & SIMDScalar>(_ op: BinaryOperation, _: T.Type) -> BinaryRun {
        let typed = typedFloat(op, T.self)
        return vectorArithmetic(op, T.self, otherwise: typed) ?? typed
    }

    /// The typed loops of floats.
    static func typedFloat<T: FloatElement & SIMDScalar>(_ op: BinaryOperation, _: T.Type) -> BinaryRun {
        switch op {
        case .add: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in x + y } }
        case .subtract: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in x - y } }
        case .multiply: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in x * y } }
        case .divide: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in x / y } }
        case .floorDivide: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in floorDivide(x, y) } }
        case .remainder: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in remainder(x, y) } }
        case .power: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in T.power(x, y) } }
        case .maximum: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in x >= y || x.isNaN ? x : y } }
        case .minimum: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in x <= y || x.isNaN ? x : y } }
        case .fmax: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in x >= y || y.isNaN ? x : y } }
        case .fmin: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in x <= y || y.isNaN ? x : y } }
        case .arctan2: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in T.atan2(x, y) } }
        case .hypot: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in T.hypot(x, y) } }
        case .copysign: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in T(signOf: y, magnitudeOf: x) } }
        case .fmod: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in T.remainderC(x, y) } }
        default: return compare(op, T.self)
        }
    }

    /// numpy's `npy_divmod`: Python's floor division, with `a / 0` giving ±inf or nan.
    @inline(__always)
    static func floorDivide<T: FloatElement>(_ a: T, _ b: T) -> T {
        if b == 0 { return a / b }
        let mod = T.remainderC(a, b)
        var div = (a - mod) / b
        if mod != 0 && ((b < 0) != (mod < 0)) { div -= 1 }
        if div != 0 {
            var floorDiv = div.rounded(.down)
            if div - floorDiv > 0.5 { floorDiv += 1 }
            return floorDiv
        }
        return T(signOf: a / b, magnitudeOf: 0)
    }

    /// numpy's `remainder`: the sign of the divisor; `a % 0` is nan.
    @inline(__always)
    static func remainder<T: FloatElement>(_ a: T, _ b: T) -> T {
        var mod = T.remainderC(a, b)
        if b == 0 { return mod }
        if mod != 0 {
            if (b < 0) != (mod < 0) { mod += b }
        } else {
            mod = T(signOf: b, magnitudeOf: 0)
        }
        return mod
    }

    // MARK: - Integers

    static func integer<T: FixedWidthInteger & SignedInteger & ArrayElement & SIMDScalar>(_ op: BinaryOperation, _: T.Type)
        -> BinaryRun {
        switch op {
        case .add: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in x &+ y } }
        case .subtract: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in x &- y } }
        case .multiply: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in x &* y } }
        case .floorDivide: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in floorDivide(x, y) } }
        case .remainder: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in remainder(x, y) } }
        case .fmod:
            return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in y == 0 || y == -1 ? 0 : x % y } }
        case .power: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in power(x, y) } }
        case .maximum, .fmax: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in x >= y ? x : y } }
        case .minimum, .fmin: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in x <= y ? x : y } }
        case .bitwiseAnd: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in x & y } }
        case .bitwiseOr: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in x | y } }
        case .bitwiseXor: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in x ^ y } }
        case .leftShift:
            return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in y >= 0 && y < T.bitWidth ? x << y : 0 } }
        case .rightShift:
            return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) in y >= 0 && y < T.bitWidth ? x >> y : (x < 0 ? -1 : 0) } }
        default: return compare(op, T.self)
        }
    }

    /// Floor division of integers; division by zero gives 0 and `min // -1` wraps, as numpy does.
    @inline(__always)
    static func floorDivide<T: FixedWidthInteger & SignedInteger>(_ a: T, _ b: T) -> T {
        if b == 0 { return 0 }
        if b == -1 { return 0 &- a }
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    /// Python's modulo of integers; modulo by zero gives 0, as numpy does.
    @inline(__always)
    static func remainder<T: FixedWidthInteger & SignedInteger>(_ a: T, _ b: T) -> T {
        if b == 0 || b == -1 { return 0 }
        let r = a % b
        return (r != 0 && (r < 0) != (b < 0)) ? r + b : r
    }

    /// Integer power by squaring, wrapping on overflow (negative exponents are refused before the loop).
    @inline(__always)
    static func power<T: FixedWidthInteger>(_ base: T, _ exponent: T) -> T {
        var result: T = 1, b = base, e = exponent
        while e > 0 {
            if e & 1 == 1 { result = result &* b }
            e >>= 1
            b = b &* b
        }
        return result
    }

    // MARK: - Bool and comparisons

    static func boolean(_ op: BinaryOperation) -> BinaryRun {
        switch op {
        case .add, .maximum, .fmax, .bitwiseOr, .logicalOr:
            return { loop($0, $1, $2, $3, $4, $5, $6) { (x: UInt8, y: UInt8) in x | y } }
        case .multiply, .minimum, .fmin, .bitwiseAnd, .logicalAnd:
            return { loop($0, $1, $2, $3, $4, $5, $6) { (x: UInt8, y: UInt8) in x & y } }
        case .bitwiseXor, .logicalXor:
            return { loop($0, $1, $2, $3, $4, $5, $6) { (x: UInt8, y: UInt8) in x ^ y } }
        default: return compare(op, UInt8.self)
        }
    }

    /// Comparisons and logical operators into a bool array: the vectorised C loop for contiguous inputs (or a
    /// repeated scalar) into a contiguous output, the typed loop otherwise.
    static func compare<T: ArrayElement & Comparable & SIMDScalar>(_ op: BinaryOperation, _: T.Type) -> BinaryRun {
        let typed = typedCompare(op, T.self)
        return vectorCompare(op, T.self, otherwise: typed) ?? typed
    }

    /// The typed loops of comparisons and logical operators into a bool array.
    static func typedCompare<T: ArrayElement & Comparable & SIMDScalar>(_ op: BinaryOperation, _: T.Type) -> BinaryRun {
        switch op {
        case .equal: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) -> UInt8 in x == y ? 1 : 0 } }
        case .notEqual: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) -> UInt8 in x != y ? 1 : 0 } }
        case .less: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) -> UInt8 in x < y ? 1 : 0 } }
        case .lessEqual: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) -> UInt8 in x <= y ? 1 : 0 } }
        case .greater: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) -> UInt8 in x > y ? 1 : 0 } }
        case .greaterEqual: return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) -> UInt8 in x >= y ? 1 : 0 } }
        case .logicalAnd:
            return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) -> UInt8 in x.isNonzero && y.isNonzero ? 1 : 0 } }
        case .logicalOr:
            return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) -> UInt8 in x.isNonzero || y.isNonzero ? 1 : 0 } }
        default:
            return { loop($0, $1, $2, $3, $4, $5, $6) { (x: T, y: T) -> UInt8 in x.isNonzero != y.isNonzero ? 1 : 0 } }
        }
    }
}
