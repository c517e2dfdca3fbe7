/// The element types of arrays: numpy's `bool`, `int32`, `int64`, `float32`, `float64` and `complex128`.
///
/// `bool` elements are one byte, 0 or 1 (as numpy stores them); a `complex128` element is two float64s, the real
/// part first. The raw value is the code arrays travel with.
public enum DType: UInt8, Sendable, CaseIterable, Hashable {
    case bool = 0
    case int32 = 1
    case int64 = 2
    case float32 = 3
    case float64 = 4
    case complex128 = 5

    /// Bytes per element.
    @inlinable public var itemSize: Int {
        switch self {
        case .bool: return 1
        case .int32, .float32: return 4
        case .int64, .float64: return 8
        case .complex128: return 16
        }
    }

    /// numpy's name (`float64`), as `str(a.dtype)` prints it.
    public var name: String {
        switch self {
        case .bool: return "bool"
        case .int32: return "int32"
        case .int64: return "int64"
        case .float32: return "float32"
        case .float64: return "float64"
        case .complex128: return "complex128"
        }
    }

    /// numpy's kind character (`b`, `i`, `f`, `c`).
    public var kind: String {
        switch self {
        case .bool: return "b"
        case .int32, .int64: return "i"
        case .float32, .float64: return "f"
        case .complex128: return "c"
        }
    }

    /// numpy's type character (`?`, `i`, `l`, `f`, `d`, `D`).
    public var character: String {
        switch self {
        case .bool: return "?"
        case .int32: return "i"
        case .int64: return "l"
        case .float32: return "f"
        case .float64: return "d"
        case .complex128: return "D"
        }
    }

    /// The array-protocol type string (`<f8`, `|b1`).
    public var typeString: String {
        switch self {
        case .bool: return "|b1"
        case .int32: return "<i4"
        case .int64: return "<i8"
        case .float32: return "<f4"
        case .float64: return "<f8"
        case .complex128: return "<c16"
        }
    }

    /// Whether elements are floating point.
    @inlinable public var isFloat: Bool { self == .float32 || self == .float64 }
    /// Whether elements are signed integers.
    @inlinable public var isInteger: Bool { self == .int32 || self == .int64 }
    /// Whether elements are complex numbers.
    @inlinable public var isComplex: Bool { self == .complex128 }

    /// The dtype a numpy name or type code stands for (`float64`, `f8`, `d`, `float`, `int`, `bool`, `?` …),
    /// or nil.
    public init?(name: String) {
        switch name {
        case "float64", "f8", "d", "float", "double", "<f8", "float_": self = .float64
        case "float32", "f4", "single", "<f4", "f": self = .float32
        case "int64", "i8", "int", "l", "<i8", "long", "intp", "int_", "q", "longlong": self = .int64
        case "int32", "i4", "i", "<i4", "intc": self = .int32
        case "bool", "?", "b1", "bool_", "|b1": self = .bool
        case "complex128", "c16", "D", "complex", "cdouble", "<c16": self = .complex128
        default: return nil
        }
    }

    /// numpy's `result_type` of two array dtypes: the smallest type both cast to safely.
    public static func promote(_ a: DType, _ b: DType) -> DType {
        if a == b { return a }
        switch (a, b) {
        case (.bool, _): return b
        case (_, .bool): return a
        case (.complex128, _), (_, .complex128): return .complex128
        case (.int32, .int64), (.int64, .int32): return .int64
        case (.float32, .float64), (.float64, .float32): return .float64
        case (.int32, .float32), (.float32, .int32), (.int64, .float32), (.float32, .int64): return .float64
        default: return a.rawValue > b.rawValue ? a : b
        }
    }

    /// Whether numpy casts `self` to `target` under the `safe` rule.
    public func canCastSafely(to target: DType) -> Bool {
        DType.promote(self, target) == target
    }

    /// Whether numpy casts `self` to `target` under the `same_kind` rule (the rule of `out=` and `+=`): a safe
    /// cast, or one within a kind (float64 to float32), or to a higher kind (int64 to float32).
    public func canCastSameKind(to target: DType) -> Bool {
        kindRank <= target.kindRank
    }

    /// bool < integer < floating point < complex.
    var kindRank: Int { isComplex ? 3 : isFloat ? 2 : isInteger ? 1 : 0 }
}
