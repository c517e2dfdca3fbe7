#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Swapping subarrays along the first axis, for numpy's in-place `shuffle`.
extension NDArray {
    /// Exchanges `self[i]` and `self[j]` (elements of a 1-D array, rows of an n-D one), through any strides.
    /// - Throws: `ValueError: assignment destination is read-only`.
    public func swapRows(_ i: Int, _ j: Int) throws(NumericError) {
        try checkWritable()
        guard i != j, ndim > 0 else { return }
        let rowShape = Array(shape.dropFirst()), rowStrides = Array(strides.dropFirst())
        let size = itemSize
        let first = pointer + i * strides[0], second = pointer + j * strides[0]
        var scratch: UInt64 = 0
        func swapElement(at byteOffset: Int) {
            withUnsafeMutableBytes(of: &scratch) { buffer in
                guard let temporary = buffer.baseAddress else { return }
                memcpy(temporary, first + byteOffset, size)
                memcpy(first + byteOffset, second + byteOffset, size)
                memcpy(second + byteOffset, temporary, size)
            }
        }
        let elements = rowShape.reduce(1, *)
        guard elements > 0 else { return }
        var index = [Int](repeating: 0, count: rowShape.count)
        var byteOffset = 0
        for _ in 0..<elements {
            swapElement(at: byteOffset)
            var axis = rowShape.count - 1
            while axis >= 0 {
                index[axis] += 1
                byteOffset += rowStrides[axis]
                if index[axis] < rowShape[axis] { break }
                byteOffset -= rowStrides[axis] * index[axis]
                index[axis] = 0
                axis -= 1
            }
        }
    }
}
