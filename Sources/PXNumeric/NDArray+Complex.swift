/// Reading complex128 arrays and building them from their parts.
extension NDArray {
    /// The complex element at a multi-index (a real array's element as a complex number).
    public func complexElement(at index: [Int]) -> Complex128 {
        complexElement(atByteOffset: byteOffset(of: index))
    }

    /// The complex element at position `i` in row-major order.
    public func complexElement(flat i: Int) -> Complex128 {
        var rest = i
        var o = 0
        for axis in stride(from: ndim - 1, through: 0, by: -1) {
            let d = shape[axis]
            o += (rest % d) * strides[axis]
            rest /= d
        }
        return complexElement(atByteOffset: o)
    }

    private func complexElement(atByteOffset o: Int) -> Complex128 {
        if dtype.isComplex { return Complex128(loading: pointer + o) }
        return Complex128(ArrayScalar(loading: pointer + o, dtype: dtype).doubleValue)
    }

    /// numpy's `a.real` of a complex array: a float64 view of the real parts (the same memory).
    public var realView: NDArray {
        precondition(dtype.isComplex, "internal inconsistency: realView of a real array")
        return NDArray(buffer: buffer, dtype: .float64, shape: shape, strides: strides, offset: offset, base: self)
    }

    /// numpy's `a.imag` of a complex array: a float64 view of the imaginary parts (the same memory).
    public var imaginaryView: NDArray {
        precondition(dtype.isComplex, "internal inconsistency: imaginaryView of a real array")
        return NDArray(buffer: buffer, dtype: .float64, shape: shape, strides: strides, offset: offset + 8, base: self)
    }

    /// A new complex128 array of `shape` from its elements in row-major order.
    public static func complex(_ elements: [Complex128], shape: [Int]) throws(NumericError) -> NDArray {
        precondition(Shape.count(shape) == elements.count, "internal inconsistency: shape does not match the values")
        let result = try empty(shape: shape, dtype: .complex128)
        for (i, z) in elements.enumerated() { z.store(to: result.pointer + 16 * i) }
        return result
    }

    /// The elements in row-major order as complex numbers (a real array's as complex numbers with zero
    /// imaginary parts).
    public func complexElements() -> [Complex128] {
        (0..<count).map { complexElement(flat: $0) }
    }
}
