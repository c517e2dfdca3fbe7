/// A numpy n-dimensional array: a typed, strided view of an `ArrayBuffer`.
///
/// As in numpy, an array is its `buffer`, `dtype`, `shape`, `strides` (in bytes, one per axis, negative for
/// reversed axes, 0 for broadcast ones) and `offset` (in bytes, of element `[0, 0, …]` from the buffer's start).
/// Views (slices, transposes, reshapes of contiguous arrays) share the buffer with the array they come from,
/// which is their `base`. The class is a reference type: `b = a` in a program names the same array, and writes
/// through any view are seen by every array over the same memory.
///
/// Creating arrays:
/// - `NDArray.empty(shape:dtype:)`, `zeros(shape:dtype:)`, `full(shape:value:)` allocate new memory;
/// - `NDArray(doubles:shape:)`, `NDArray(int64s:shape:)`, `NDArray(bools:shape:)`, `NDArray(int32s:)`,
///   `NDArray(floats:)` copy Swift arrays;
/// - `NDArray(buffer:dtype:shape:strides:offset:base:)` lays an array over existing memory (wrap foreign memory
///   with `ArrayBuffer(wrapping:byteCount:release:)`).
///
/// Reading and writing elements: `withUnsafeElements(as:)` for contiguous arrays, `contiguous()` for a
/// C-ordered array (self when it already is), `scalar(at:)`/`setScalar(_:at:)` for single elements, and
/// `doubleValues`/`int64Values` for Swift arrays. Operations live in extensions by area (views, indexing,
/// arithmetic, reductions, formatting, products).
public final class NDArray: @unchecked Sendable {
    // @unchecked Sendable: an array is used by one interpreter at a time; the codec copies or hands over memory.

    /// The memory (never replaced; `var` only so that `ownsMemoryAlone` can ask whether it is shared).
    public private(set) var buffer: ArrayBuffer
    /// The element type.
    public let dtype: DType
    /// The length of each axis (changed in place only by `setShape`).
    public private(set) var shape: [Int]
    /// The byte distance between neighbours along each axis.
    public private(set) var strides: [Int]
    /// The byte offset of the first element from `buffer.pointer`.
    public let offset: Int
    /// The array whose memory this one views, or nil when it owns its memory (numpy's `.base`).
    public let base: NDArray?
    /// The number of elements.
    public let count: Int
    /// Whether the elements lie in row-major order without gaps (numpy's `C_CONTIGUOUS` flag).
    public private(set) var isCContiguous: Bool
    /// Whether the elements lie in column-major order without gaps (numpy's `F_CONTIGUOUS` flag).
    public private(set) var isFContiguous: Bool

    /// An array over existing memory.
    /// - Parameters:
    ///   - buffer: the memory; it must hold every element the shape, strides and offset reach.
    ///   - dtype: the element type.
    ///   - shape: the axes' lengths.
    ///   - strides: bytes between neighbours per axis (default: C-contiguous).
    ///   - offset: byte offset of the first element (default 0).
    ///   - base: the array this one views (default nil: the array stands for its buffer).
    public init(buffer: ArrayBuffer, dtype: DType, shape: [Int], strides: [Int]? = nil, offset: Int = 0,
                base: NDArray? = nil) {
        self.buffer = buffer
        self.dtype = dtype
        self.shape = shape
        let strides = strides ?? Shape.contiguousStrides(shape, itemSize: dtype.itemSize)
        self.strides = strides
        self.offset = offset
        // numpy keeps `.base` pointing at the array that owns the memory, never at an intermediate view.
        self.base = base.map { $0.base ?? $0 }
        var n = 1
        for d in shape { n &*= d }
        self.count = n
        self.isCContiguous = NDArray.contiguous(shape, strides, itemSize: dtype.itemSize, reversed: false)
        self.isFContiguous = NDArray.contiguous(shape, strides, itemSize: dtype.itemSize, reversed: true)
    }

    /// Whether this array's memory is its own and no other array uses it: a result can then be written into it
    /// (numpy's elision of temporaries). The caller must also hold the only reference to the array itself.
    public var ownsMemoryAlone: Bool {
        base == nil && buffer.isOwned && buffer.isWritable && isKnownUniquelyReferenced(&buffer)
    }

    /// numpy's `a.shape = new_shape`: the same memory seen with another shape, in place (every name of the
    /// array sees it).
    /// - Throws: `AttributeError: Incompatible shape for in-place modification. …` when the memory cannot be seen
    ///   that way without a copy; numpy's reshape errors.
    public func setShape(_ requested: [Int]) throws(NumericError) {
        let new = try reshaped(requested)
        guard new.buffer === buffer && new.offset == offset else {
            throw NumericError(.attributeError, "Incompatible shape for in-place modification. Use `.reshape()` to make a "
                + "copy with the desired shape.")
        }
        shape = new.shape
        strides = new.strides
        isCContiguous = new.isCContiguous
        isFContiguous = new.isFContiguous
    }

    private static func contiguous(_ shape: [Int], _ strides: [Int], itemSize: Int, reversed: Bool) -> Bool {
        if shape.contains(0) { return true }
        var expected = itemSize
        for k in shape.indices {
            let i = reversed ? k : shape.count - 1 - k
            guard shape[i] != 1 else { continue }
            if strides[i] != expected { return false }
            expected &*= shape[i]
        }
        return true
    }

    /// The number of axes.
    @inlinable public var ndim: Int { shape.count }
    /// Bytes per element.
    @inlinable public var itemSize: Int { dtype.itemSize }
    /// Bytes the elements take (`count × itemSize`).
    public var byteCount: Int { count * dtype.itemSize }
    /// The address of the first element.
    @inlinable public var pointer: UnsafeMutableRawPointer { buffer.pointer + offset }
    /// Whether writes are allowed (numpy's `writeable` flag).
    public var isWritable: Bool { buffer.isWritable }

    // MARK: - Allocation

    /// A new C-contiguous array whose elements are not initialised.
    /// - Throws: `MemoryError` with numpy's text when the memory is not available; `ValueError` for a negative
    ///   dimension or an impossible size.
    public static func empty(shape: [Int], dtype: DType) throws(NumericError) -> NDArray {
        let n = try Shape.validate(shape, itemSize: dtype.itemSize)
        let bytes = n * dtype.itemSize
        do {
            return NDArray(buffer: try ArrayBuffer.allocate(byteCount: bytes), dtype: dtype, shape: shape)
        } catch {
            throw NumericError.allocation(bytes: bytes, shape: shape, dtype: dtype)
        }
    }

    /// A new C-contiguous array of zeros (`False` for bool).
    public static func zeros(shape: [Int], dtype: DType = .float64) throws(NumericError) -> NDArray {
        let n = try Shape.validate(shape, itemSize: dtype.itemSize)
        let bytes = n * dtype.itemSize
        do {
            return NDArray(buffer: try ArrayBuffer.allocate(byteCount: bytes, zeroed: true), dtype: dtype, shape: shape)
        } catch {
            throw NumericError.allocation(bytes: bytes, shape: shape, dtype: dtype)
        }
    }

    /// A new C-contiguous array with every element `value` (converted to `dtype` as numpy casts).
    public static func full(shape: [Int], value: ArrayScalar, dtype: DType? = nil) throws(NumericError) -> NDArray {
        let result = try empty(shape: shape, dtype: dtype ?? value.dtype)
        result.fill(value)
        return result
    }

    /// A float64 array holding `values` (shape default: one axis).
    public convenience init(doubles values: [Double], shape: [Int]? = nil) {
        self.init(copying: values, dtype: .float64, shape: shape)
    }

    /// A float32 array holding `values`.
    public convenience init(floats values: [Float], shape: [Int]? = nil) {
        self.init(copying: values, dtype: .float32, shape: shape)
    }

    /// An int64 array holding `values`.
    public convenience init(int64s values: [Int64], shape: [Int]? = nil) {
        self.init(copying: values, dtype: .int64, shape: shape)
    }

    /// An int64 array holding `values`.
    public convenience init(ints values: [Int], shape: [Int]? = nil) {
        self.init(copying: values, dtype: .int64, shape: shape)
    }

    /// An int32 array holding `values`.
    public convenience init(int32s values: [Int32], shape: [Int]? = nil) {
        self.init(copying: values, dtype: .int32, shape: shape)
    }

    /// A bool array holding `values`.
    public convenience init(bools values: [Bool], shape: [Int]? = nil) {
        self.init(copying: values, dtype: .bool, shape: shape)
    }

    private convenience init<T>(copying values: [T], dtype: DType, shape: [Int]?) {
        let shape = shape ?? [values.count]
        precondition(Shape.count(shape) == values.count, "internal inconsistency: shape does not match the values")
        let bytes = values.count * MemoryLayout<T>.stride
        // Small and mid-sized Swift arrays always fit; a failure here is an internal inconsistency.
        guard let buffer = try? ArrayBuffer.allocate(byteCount: bytes) else {
            fatalError("internal inconsistency: cannot allocate \(bytes) bytes for an array literal")
        }
        values.withUnsafeBytes { buffer.pointer.copyMemory(from: $0.baseAddress!, byteCount: bytes) }
        self.init(buffer: buffer, dtype: dtype, shape: shape)
    }

    // MARK: - Element access

    /// The byte offset (from `pointer`) of the element at a multi-index.
    @inlinable public func byteOffset(of index: [Int]) -> Int {
        var o = 0
        for (i, s) in zip(index, strides) { o &+= i &* s }
        return o
    }

    /// The element at a multi-index (one entry per axis, each in range).
    public func scalar(at index: [Int]) -> ArrayScalar {
        ArrayScalar(loading: pointer + byteOffset(of: index), dtype: dtype)
    }

    /// Writes `value` (cast to the array's dtype) at a multi-index.
    public func setScalar(_ value: ArrayScalar, at index: [Int]) {
        value.cast(to: dtype).store(to: pointer + byteOffset(of: index))
    }

    /// The element at position `i` in row-major order.
    public func scalar(flat i: Int) -> ArrayScalar {
        if isCContiguous { return ArrayScalar(loading: pointer + i * itemSize, dtype: dtype) }
        var rest = i
        var o = 0
        for axis in stride(from: ndim - 1, through: 0, by: -1) {
            let d = shape[axis]
            o += (rest % d) * strides[axis]
            rest /= d
        }
        return ArrayScalar(loading: pointer + o, dtype: dtype)
    }

    /// Calls `body` with the elements as a typed buffer, in row-major order: the array's own memory when it is
    /// C-contiguous, else a contiguous copy. `T` must match the dtype's element type
    /// (`Double`, `Float`, `Int64`, `Int32`, `UInt8` for bool).
    /// - Throws: `MemoryError` when a copy is needed and cannot be made, or what `body` throws.
    public func withUnsafeElements<T, R>(as _: T.Type, _ body: (UnsafeBufferPointer<T>) throws -> R) throws -> R {
        precondition(MemoryLayout<T>.stride == itemSize, "internal inconsistency: element type does not match dtype")
        let source = isCContiguous ? self : try copy()
        let typed = source.pointer.bindMemory(to: T.self, capacity: count)
        return try withExtendedLifetime(source) { try body(UnsafeBufferPointer(start: typed, count: count)) }
    }

    /// The elements in row-major order as doubles (converted as numpy's `astype(float64)` does).
    public func doubles() throws(NumericError) -> [Double] {
        let a = dtype == .float64 ? self : try cast(to: .float64)
        return try a.elements(as: Double.self)
    }

    /// The elements in row-major order as 64-bit integers (floats truncated as numpy's `astype(int64)`).
    public func int64s() throws(NumericError) -> [Int64] {
        let a = dtype == .int64 ? self : try cast(to: .int64)
        return try a.elements(as: Int64.self)
    }

    /// The elements in row-major order as Swift bools (nonzero is true).
    public func bools() throws(NumericError) -> [Bool] {
        let a = dtype == .bool ? self : try cast(to: .bool)
        return try a.elements(as: UInt8.self).map { $0 != 0 }
    }

    private func elements<T>(as _: T.Type) throws(NumericError) -> [T] {
        let source = isCContiguous ? self : try copy()
        let typed = source.pointer.bindMemory(to: T.self, capacity: count)
        return withExtendedLifetime(source) { Array(UnsafeBufferPointer(start: typed, count: count)) }
    }
}
