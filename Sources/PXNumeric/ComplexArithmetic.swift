import CArrayKernels

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// numpy's ufuncs on complex128 arrays: `+ - * /`, `==`, `!=`, `conjugate`, `absolute`, `negative`.
///
/// Operands of other dtypes are promoted to complex128 first (NEP 50: complex128 wins over every real dtype).
/// Each element is computed in numpy's operation order: `*` as its SIMD loop (the real part `ar·br − ai·bi` and
/// the imaginary part `ar·bi + ai·br`), `/` as numpy's Smith division, `absolute` as numpy's
/// `larger · sqrt(1 + ratio²)`. numpy's `*` and `absolute` use one fused multiply-add each on processors of its
/// X86_V3 level and above (AVX2 and FMA3) and separate roundings below it; so does swiftpx.
public enum ComplexArithmetic {
    /// A binary operation numpy defines on complex numbers.
    public enum Operation: Sendable {
        case add, subtract, multiply, divide, equal, notEqual

        var isComparison: Bool { self == .equal || self == .notEqual }
    }

    /// `a op b`, broadcast; complex128 for arithmetic, bool for comparisons.
    /// - Throws: numpy's broadcast `ValueError`, `MemoryError`.
    public static func binary(_ op: Operation, _ a: NDArray, _ b: NDArray) throws(NumericError) -> NDArray {
        let shape = try Shape.broadcast(a.shape, b.shape)
        let x = try a.broadcast(to: shape), y = try b.broadcast(to: shape)
        if op.isComparison {
            let result = try NDArray.empty(shape: shape, dtype: .bool)
            let flags = result.pointer.assumingMemoryBound(to: UInt8.self)
            for i in 0..<result.count {
                let p = x.complexElement(flat: i), q = y.complexElement(flat: i)
                let same = p.real == q.real && p.imaginary == q.imaginary
                flags[i] = (op == .equal ? same : !same) ? 1 : 0
            }
            return result
        }
        let result = try NDArray.empty(shape: shape, dtype: .complex128)
        let fused = self.fused
        for i in 0..<result.count {
            let z = apply(op, x.complexElement(flat: i), y.complexElement(flat: i), fused: fused)
            z.store(to: result.pointer + 16 * i)
        }
        return result
    }

    /// Whether numpy fuses the multiply-adds of `*` and `absolute` on this processor.
    static let fused = pxk_numpy_routines() != 0

    static func apply(_ op: Operation, _ a: Complex128, _ b: Complex128, fused: Bool) -> Complex128 {
        switch op {
        case .add: return Complex128(a.real + b.real, a.imaginary + b.imaginary)
        case .subtract: return Complex128(a.real - b.real, a.imaginary - b.imaginary)
        case .multiply: return multiply(a, b, fused: fused)
        case .divide: return divide(a, b)
        case .equal, .notEqual: return a
        }
    }

    /// numpy's SIMD complex multiply: `muladdsub(a_re, b, a_im · b_swapped)`.
    static func multiply(_ a: Complex128, _ b: Complex128, fused: Bool) -> Complex128 {
        let ii = a.imaginary * b.imaginary, ir = a.imaginary * b.real
        if fused { return Complex128(fma(a.real, b.real, -ii), fma(a.real, b.imaginary, ir)) }
        return Complex128(a.real * b.real - ii, a.real * b.imaginary + ir)
    }

    /// numpy's complex division (Smith's algorithm, `loops.c.src`).
    static func divide(_ a: Complex128, _ b: Complex128) -> Complex128 {
        let br = b.real, bi = b.imaginary
        let brAbs = Swift.abs(br), biAbs = Swift.abs(bi)
        if brAbs >= biAbs {
            if brAbs == 0 && biAbs == 0 { return Complex128(a.real / brAbs, a.imaginary / brAbs) }
            let ratio = bi / br
            let scale = 1.0 / (br + bi * ratio)
            return Complex128((a.real + a.imaginary * ratio) * scale, (a.imaginary - a.real * ratio) * scale)
        }
        let ratio = br / bi
        let scale = 1.0 / (bi + br * ratio)
        return Complex128((a.real * ratio + a.imaginary) * scale, (a.imaginary * ratio - a.real) * scale)
    }

    /// numpy's `absolute` of a complex number (its SIMD `cabsolute`): infinities win over NaN, then
    /// `larger · sqrt(1 + (smaller / larger)²)`.
    static func absolute(_ z: Complex128, fused: Bool) -> Double {
        var re = Swift.abs(z.real), im = Swift.abs(z.imaginary)
        if re == .infinity { im = .infinity }
        if im == .infinity { re = .infinity }
        if re.isNaN { im = .nan }
        if im.isNaN { re = .nan }
        let larger = re.isNaN || im.isNaN ? Double.nan : Swift.max(re, im)
        let smaller = re.isNaN || im.isNaN ? Double.nan : Swift.min(im, re)
        let ratio = larger == 0 || smaller == .infinity ? 0 : smaller / larger
        return (fused ? fma(ratio, ratio, 1.0) : ratio * ratio + 1.0).squareRoot() * larger
    }

    /// `np.abs(a)` of a complex array: float64.
    public static func absolute(_ a: NDArray) throws(NumericError) -> NDArray {
        let fused = self.fused
        return try map(a, to: .float64) { z, p in p.storeBytes(of: absolute(z, fused: fused), as: Double.self) }
    }

    /// `np.conj(a)` of a complex array: complex128.
    public static func conjugate(_ a: NDArray) throws(NumericError) -> NDArray {
        try map(a, to: .complex128) { z, p in Complex128(z.real, -z.imaginary).store(to: p) }
    }

    /// `-a` of a complex array: complex128.
    public static func negative(_ a: NDArray) throws(NumericError) -> NDArray {
        try map(a, to: .complex128) { z, p in Complex128(-z.real, -z.imaginary).store(to: p) }
    }

    /// A new C-contiguous array of `dtype`, each element written by `body` from the element of `a` there.
    private static func map(_ a: NDArray, to dtype: DType, _ body: (Complex128, UnsafeMutableRawPointer) -> Void)
        throws(NumericError) -> NDArray {
        let result = try NDArray.empty(shape: a.shape, dtype: dtype)
        for i in 0..<result.count { body(a.complexElement(flat: i), result.pointer + dtype.itemSize * i) }
        return result
    }
}
