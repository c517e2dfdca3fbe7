#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Swift type that is the element of one dtype: `Double` (float64), `Float` (float32), `Int64`, `Int32` and
/// `UInt8` (bool, 0 or 1). Kernels are generic over it and specialised per dtype.
public protocol ArrayElement: Sendable {
    /// The dtype whose elements this type holds.
    static var dtype: DType { get }
    /// The element converted to float64.
    var asDouble: Double { get }
    /// The element converted to int64 (numpy's unsafe cast: floats truncate; NaN and out-of-range give the
    /// minimum value, as the hardware does).
    var asInt64: Int64 { get }
    /// Whether the element is nonzero.
    var isNonzero: Bool { get }
    /// The element cast from a float64 (numpy's unsafe cast).
    init(castingDouble d: Double)
    /// The element cast from an int64 (numpy's unsafe cast: integers wrap).
    init(castingInt64 i: Int64)
}

extension Double: ArrayElement {
    public static var dtype: DType { .float64 }
    @inlinable public var asDouble: Double { self }
    @inlinable public var asInt64: Int64 { Double.truncatingToInt64(self) }
    @inlinable public var isNonzero: Bool { self != 0 }
    @inlinable public init(castingDouble d: Double) { self = d }
    @inlinable public init(castingInt64 i: Int64) { self = Double(i) }

    /// x86's `cvttsd2si`: truncation toward zero, Int64.min for NaN and out-of-range values.
    @inlinable static func truncatingToInt64(_ d: Double) -> Int64 {
        d > -9.223372036854775808e18 && d < 9.223372036854775808e18 ? Int64(d) : Int64.min
    }
}

extension Float: ArrayElement {
    public static var dtype: DType { .float32 }
    @inlinable public var asDouble: Double { Double(self) }
    @inlinable public var asInt64: Int64 { Double.truncatingToInt64(Double(self)) }
    @inlinable public var isNonzero: Bool { self != 0 }
    @inlinable public init(castingDouble d: Double) { self = Float(d) }
    @inlinable public init(castingInt64 i: Int64) { self = Float(i) }
}

extension Int64: ArrayElement {
    public static var dtype: DType { .int64 }
    @inlinable public var asDouble: Double { Double(self) }
    @inlinable public var asInt64: Int64 { self }
    @inlinable public var isNonzero: Bool { self != 0 }
    @inlinable public init(castingDouble d: Double) { self = Double.truncatingToInt64(d) }
    @inlinable public init(castingInt64 i: Int64) { self = i }
}

extension Int32: ArrayElement {
    public static var dtype: DType { .int32 }
    @inlinable public var asDouble: Double { Double(self) }
    @inlinable public var asInt64: Int64 { Int64(self) }
    @inlinable public var isNonzero: Bool { self != 0 }
    @inlinable public init(castingDouble d: Double) {
        self = d > -2147483649.0 && d < 2147483648.0 ? Int32(d) : Int32.min
    }
    @inlinable public init(castingInt64 i: Int64) { self = Int32(truncatingIfNeeded: i) }
}

extension UInt8: ArrayElement {
    public static var dtype: DType { .bool }
    @inlinable public var asDouble: Double { self != 0 ? 1 : 0 }
    @inlinable public var asInt64: Int64 { self != 0 ? 1 : 0 }
    @inlinable public var isNonzero: Bool { self != 0 }
    @inlinable public init(castingDouble d: Double) { self = d != 0 ? 1 : 0 }
    @inlinable public init(castingInt64 i: Int64) { self = i != 0 ? 1 : 0 }
}

/// The floating-point elements, with the C math library's functions for each width.
public protocol FloatElement: ArrayElement, BinaryFloatingPoint {
    static func power(_ x: Self, _ y: Self) -> Self
    static func remainderC(_ x: Self, _ y: Self) -> Self
    static func atan2(_ y: Self, _ x: Self) -> Self
    static func hypot(_ x: Self, _ y: Self) -> Self
    static func apply(_ f: UnaryOperation, _ x: Self) -> Self
}

extension Double: FloatElement {
    @inlinable public static func power(_ x: Double, _ y: Double) -> Double { Glibc.pow(x, y) }
    @inlinable public static func remainderC(_ x: Double, _ y: Double) -> Double { Glibc.fmod(x, y) }
    @inlinable public static func atan2(_ y: Double, _ x: Double) -> Double { Glibc.atan2(y, x) }
    @inlinable public static func hypot(_ x: Double, _ y: Double) -> Double { Glibc.hypot(x, y) }
    @inlinable public static func apply(_ f: UnaryOperation, _ x: Double) -> Double {
        switch f {
        case .exp: return Glibc.exp(x)
        case .exp2: return Glibc.exp2(x)
        case .expm1: return Glibc.expm1(x)
        case .log: return Glibc.log(x)
        case .log2: return Glibc.log2(x)
        case .log10: return Glibc.log10(x)
        case .log1p: return Glibc.log1p(x)
        case .sin: return Glibc.sin(x)
        case .cos: return Glibc.cos(x)
        case .tan: return Glibc.tan(x)
        case .arcsin: return Glibc.asin(x)
        case .arccos: return Glibc.acos(x)
        case .arctan: return Glibc.atan(x)
        case .sinh: return Glibc.sinh(x)
        case .cosh: return Glibc.cosh(x)
        case .tanh: return Glibc.tanh(x)
        case .arcsinh: return Glibc.asinh(x)
        case .arccosh: return Glibc.acosh(x)
        case .arctanh: return Glibc.atanh(x)
        case .cbrt: return Glibc.cbrt(x)
        case .rint: return Glibc.rint(x)
        default: return x
        }
    }
}

extension Float: FloatElement {
    @inlinable public static func power(_ x: Float, _ y: Float) -> Float { Glibc.powf(x, y) }
    @inlinable public static func remainderC(_ x: Float, _ y: Float) -> Float { Glibc.fmodf(x, y) }
    @inlinable public static func atan2(_ y: Float, _ x: Float) -> Float { Glibc.atan2f(y, x) }
    @inlinable public static func hypot(_ x: Float, _ y: Float) -> Float { Glibc.hypotf(x, y) }
    @inlinable public static func apply(_ f: UnaryOperation, _ x: Float) -> Float {
        switch f {
        case .exp: return Glibc.expf(x)
        case .exp2: return Glibc.exp2f(x)
        case .expm1: return Glibc.expm1f(x)
        case .log: return Glibc.logf(x)
        case .log2: return Glibc.log2f(x)
        case .log10: return Glibc.log10f(x)
        case .log1p: return Glibc.log1pf(x)
        case .sin: return Glibc.sinf(x)
        case .cos: return Glibc.cosf(x)
        case .tan: return Glibc.tanf(x)
        case .arcsin: return Glibc.asinf(x)
        case .arccos: return Glibc.acosf(x)
        case .arctan: return Glibc.atanf(x)
        case .sinh: return Glibc.sinhf(x)
        case .cosh: return Glibc.coshf(x)
        case .tanh: return Glibc.tanhf(x)
        case .arcsinh: return Glibc.asinhf(x)
        case .arccosh: return Glibc.acoshf(x)
        case .arctanh: return Glibc.atanhf(x)
        case .cbrt: return Glibc.cbrtf(x)
        case .rint: return Glibc.rintf(x)
        default: return x
        }
    }
}
