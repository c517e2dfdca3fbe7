/// One numpy scalar: `np.float64(30.0)`, `np.int64(5)`, `np.True_` — a dtype and the element's bits.
///
/// Reductions and indexing return scalars, as numpy 2 does. `str` prints the number as Python would
/// (`30.0`), `repr` prints numpy 2's constructor form (`np.float64(30.0)`). The value is stored inline (no
/// allocation): the element's bytes in the low bits of `bits`.
///
/// A complex128 element does not fit: an `ArrayScalar` of dtype complex128 stands for a complex number whose
/// imaginary part is zero (what casting a real scalar to complex128 gives), `bits` holding the real part's
/// float64 bits. Loading an element of a complex array keeps only its real part; code that reads complex arrays
/// uses `Complex128(loading:)` instead.
public struct ArrayScalar: Sendable, Equatable {
    /// The dtype.
    public let dtype: DType
    /// The element's bytes (a float64's bit pattern, a float32's in the low 32 bits, integers sign-extended,
    /// bool 0 or 1).
    public let bits: UInt64

    /// A scalar from its dtype and bits.
    public init(dtype: DType, bits: UInt64) {
        self.dtype = dtype
        self.bits = bits
    }

    /// `np.float64(value)`.
    public init(_ value: Double) { self.init(dtype: .float64, bits: value.bitPattern) }
    /// `np.float32(value)`.
    public init(_ value: Float) { self.init(dtype: .float32, bits: UInt64(value.bitPattern)) }
    /// `np.int64(value)`.
    public init(_ value: Int64) { self.init(dtype: .int64, bits: UInt64(bitPattern: value)) }
    /// `np.int64(value)`.
    public init(_ value: Int) { self.init(Int64(value)) }
    /// `np.int32(value)`.
    public init(_ value: Int32) { self.init(dtype: .int32, bits: UInt64(bitPattern: Int64(value))) }
    /// `np.bool(value)`.
    public init(_ value: Bool) { self.init(dtype: .bool, bits: value ? 1 : 0) }

    /// A scalar holding one element of a typed array.
    @inlinable public init<T: ArrayElement>(element: T) {
        switch T.dtype {
        case .float64: self.init(dtype: .float64, bits: element.asDouble.bitPattern)
        case .float32: self.init(dtype: .float32, bits: UInt64(Float(element.asDouble).bitPattern))
        case .complex128: self.init(dtype: .complex128, bits: element.asDouble.bitPattern)
        default: self.init(dtype: T.dtype, bits: UInt64(bitPattern: element.asInt64))
        }
    }

    /// The element stored at `pointer`, of dtype `dtype`.
    @inlinable public init(loading pointer: UnsafeRawPointer, dtype: DType) {
        switch dtype {
        case .bool: self.init(dtype: .bool, bits: pointer.load(as: UInt8.self) != 0 ? 1 : 0)
        case .int32: self.init(dtype: .int32, bits: UInt64(bitPattern: Int64(pointer.loadUnaligned(as: Int32.self))))
        case .int64: self.init(dtype: .int64, bits: pointer.loadUnaligned(as: UInt64.self))
        case .float32: self.init(dtype: .float32, bits: UInt64(pointer.loadUnaligned(as: UInt32.self)))
        case .float64, .complex128: self.init(dtype: dtype, bits: pointer.loadUnaligned(as: UInt64.self))
        }
    }

    /// Writes the element (in its own dtype) at `pointer`.
    @inlinable public func store(to pointer: UnsafeMutableRawPointer) {
        switch dtype {
        case .bool: pointer.storeBytes(of: UInt8(bits != 0 ? 1 : 0), as: UInt8.self)
        case .int32: pointer.storeBytes(of: Int32(truncatingIfNeeded: Int64(bitPattern: bits)), as: Int32.self)
        case .int64, .float64: pointer.storeBytes(of: bits, as: UInt64.self)
        case .float32: pointer.storeBytes(of: UInt32(truncatingIfNeeded: bits), as: UInt32.self)
        case .complex128: Complex128(Double(bitPattern: bits)).store(to: pointer)
        }
    }

    /// The value as a float64 (exact for every float32 and bool, rounded for large integers).
    @inlinable public var doubleValue: Double {
        switch dtype {
        case .float64, .complex128: return Double(bitPattern: bits)
        case .float32: return Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits)))
        case .bool: return bits != 0 ? 1 : 0
        case .int32, .int64: return Double(Int64(bitPattern: bits))
        }
    }

    /// The value as an int64 (floats truncate toward zero; NaN and out-of-range give Int64.min as numpy's cast).
    @inlinable public var int64Value: Int64 {
        switch dtype {
        case .float64, .float32, .complex128: return Double.truncatingToInt64(doubleValue)
        case .bool: return bits != 0 ? 1 : 0
        case .int32, .int64: return Int64(bitPattern: bits)
        }
    }

    /// Whether the value is nonzero (NaN is true).
    @inlinable public var boolValue: Bool {
        switch dtype {
        case .float64, .float32, .complex128: return doubleValue != 0
        default: return bits != 0
        }
    }

    /// Whether the dtype is float32 or float64.
    @inlinable public var isFloat: Bool { dtype.isFloat }
    /// Whether the value reads as a real number (float, or complex128 as this type holds it).
    @inlinable var readsAsDouble: Bool { dtype.isFloat || dtype.isComplex }

    /// The value cast to another dtype (numpy's unsafe cast: truncation, wrapping, rounding).
    @inlinable public func cast(to target: DType) -> ArrayScalar {
        if target == dtype { return self }
        switch target {
        case .float64: return ArrayScalar(doubleValue)
        case .float32: return ArrayScalar(readsAsDouble ? Float(doubleValue) : Float(int64Value))
        case .int64: return ArrayScalar(int64Value)
        case .int32:
            if readsAsDouble { return ArrayScalar(Int32(castingDouble: doubleValue)) }
            return ArrayScalar(Int32(truncatingIfNeeded: int64Value))
        case .bool: return ArrayScalar(boolValue)
        case .complex128: return ArrayScalar(dtype: .complex128, bits: doubleValue.bitPattern)
        }
    }

    /// The element as the Swift type `T` (cast as numpy does).
    @inlinable public func element<T: ArrayElement>(as _: T.Type) -> T {
        if readsAsDouble { return T(castingDouble: doubleValue) }
        return T(castingInt64: int64Value)
    }

    // MARK: - Text

    /// `str(x)`: `30.0`, `5`, `True`, `nan`.
    public var text: String {
        switch dtype {
        case .float64: return DecimalText.scalar(doubleValue)
        case .float32: return DecimalText.scalar(doubleValue, single: true)
        case .bool: return bits != 0 ? "True" : "False"
        case .int32, .int64: return String(Int64(bitPattern: bits))
        case .complex128: return Complex128(doubleValue).text
        }
    }

    /// `repr(x)` in numpy 2: `np.float64(30.0)`, `np.int64(5)`, `np.True_`.
    public var reprText: String {
        switch dtype {
        case .bool: return bits != 0 ? "np.True_" : "np.False_"
        case .complex128: return Complex128(doubleValue).reprText
        default: return "np.\(dtype.name)(\(text))"
        }
    }
}
