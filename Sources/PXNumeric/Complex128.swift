/// One `complex128` element: two float64s, the real part first, as numpy stores them.
public struct Complex128: Sendable, Equatable {
    /// The real part.
    public var real: Double
    /// The imaginary part.
    public var imaginary: Double

    /// `real + imaginary·j`.
    @inlinable public init(_ real: Double, _ imaginary: Double = 0) {
        self.real = real
        self.imaginary = imaginary
    }

    /// The element stored at `pointer`.
    @inlinable public init(loading pointer: UnsafeRawPointer) {
        self.init(pointer.loadUnaligned(as: Double.self), pointer.loadUnaligned(fromByteOffset: 8, as: Double.self))
    }

    /// Writes the element at `pointer`.
    @inlinable public func store(to pointer: UnsafeMutableRawPointer) {
        pointer.storeBytes(of: real, as: Double.self)
        pointer.storeBytes(of: imaginary, toByteOffset: 8, as: Double.self)
    }

    /// `str(x)` of numpy 2's complex128 scalar (and of Python's complex): `(1+2j)`, `1j`, `(nan+infj)`, `-0j`.
    public var text: String { ComplexText.python(real, imaginary, parenthesised: true) }
    /// `repr(x)` in numpy 2: `np.complex128(1+2j)`.
    public var reprText: String { "np.complex128(" + ComplexText.python(real, imaginary, parenthesised: false) + ")" }
}

extension Complex128: ArrayElement {
    public static var dtype: DType { .complex128 }
    /// The real part: numpy's cast of a complex to a real type discards the imaginary part.
    @inlinable public var asDouble: Double { real }
    @inlinable public var asInt64: Int64 { Double.truncatingToInt64(real) }
    @inlinable public var isNonzero: Bool { real != 0 || imaginary != 0 }
    @inlinable public init(castingDouble d: Double) { self.init(d) }
    @inlinable public init(castingInt64 i: Int64) { self.init(Double(i)) }
}

/// Python's `repr(complex)` layout, which numpy 2 uses for complex scalars.
public enum ComplexText {
    /// `(re+imj)`, or `imj` alone when the real part is +0; each part as `repr(float)` without a trailing `.0`.
    /// - Parameter parenthesised: whether the two-part form is wrapped in parentheses (`str`; `repr` drops them
    ///   inside `np.complex128(…)`).
    public static func python(_ real: Double, _ imaginary: Double, parenthesised: Bool) -> String {
        let imaginaryText = part(imaginary)
        if real == 0 && real.sign == .plus { return imaginaryText + "j" }
        let sign = imaginary.isNaN || imaginary.sign == .plus ? "+" : ""
        let body = part(real) + sign + imaginaryText + "j"
        return parenthesised ? "(" + body + ")" : body
    }

    /// `repr(x)` without the `.0` Python adds to integral values (`3`, `1e+16`, `-0`, `nan`, `inf`).
    static func part(_ x: Double) -> String {
        let text = DecimalText.scalar(x)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
