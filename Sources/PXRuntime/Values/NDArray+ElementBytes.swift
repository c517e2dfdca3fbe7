extension NDArray {
    /// Calls `body` with the elements' raw bytes in row-major order, 8 bytes each (float64 for `float64`
    /// arrays, int64 otherwise): the storage itself when the elements lie next to each other (a whole array, or
    /// a slice with step 1), otherwise a contiguous copy.
    /// - Parameter body: reads the bytes; it must not keep the pointer.
    /// - Returns: what `body` returns.
    public func withElementBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let size = 8
        if stride == 1 || count <= 1 {
            let range = (offset * size)..<((offset + count) * size)
            if dtype == .float64 {
                return try storage.floats.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[range])) }
            }
            return try storage.ints.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[range])) }
        }
        if dtype == .float64 { return try floatValues.withUnsafeBytes(body) }
        return try intValues.withUnsafeBytes(body)
    }

    /// The float64 arrays joined end to end into one flat array, each copied once.
    /// - Parameter parts: float64 arrays.
    /// - Returns: a new one-dimensional array.
    public static func concatenating(floats parts: [NDArray]) -> NDArray {
        let total = parts.reduce(0) { $0 + $1.count }
        let values = [Double](unsafeUninitializedCapacity: total) { buffer, initialized in
            var target = UnsafeMutableRawBufferPointer(buffer)
            for part in parts {
                part.withElementBytes { source in
                    target.copyMemory(from: source)
                    target = UnsafeMutableRawBufferPointer(rebasing: target[source.count...])
                }
            }
            initialized = total
        }
        return NDArray(floats: values)
    }
}
