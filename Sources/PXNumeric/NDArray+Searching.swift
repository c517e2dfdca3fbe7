// MARK: - nonzero, argmin/argmax, where, cumulative sums

extension NDArray {
    /// numpy's `nonzero()`: for each axis, the int64 positions of the nonzero elements (row-major order).
    public func nonzero() throws(NumericError) -> [NDArray] {
        let flags = try cast(to: .bool)
        let n = try flags.countNonzero()
        let axes = max(ndim, 1)
        var columns = [[Int64]](repeating: [], count: axes)
        for k in 0..<axes { columns[k].reserveCapacity(n) }
        let p = flags.pointer.assumingMemoryBound(to: UInt8.self)
        if ndim <= 1 {
            for i in 0..<count where p[i] != 0 { columns[0].append(Int64(i)) }
        } else {
            var index = [Int](repeating: 0, count: ndim)
            for i in 0..<count {
                if p[i] != 0 { for k in 0..<ndim { columns[k].append(Int64(index[k])) } }
                var axis = ndim - 1
                while axis >= 0 {
                    index[axis] += 1
                    if index[axis] < shape[axis] { break }
                    index[axis] = 0
                    axis -= 1
                }
            }
        }
        return columns.map { NDArray(int64s: $0) }
    }

    /// numpy's `argmax` (or `argmin` when `maximum` is false) over the flattened array (axis nil) or along
    /// one axis: the first position of the extreme, a NaN counting as extreme.
    /// - Throws: `ValueError: attempt to get argmax of an empty sequence`, `AxisError`.
    public func argExtreme(maximum: Bool, axis: Int?, keepdims: Bool = false) throws(NumericError) -> NDArray {
        // numpy checks the axis of a 0-d array as if it had one element on one axis.
        if ndim == 0 {
            let one = try reshaped([1]).argExtreme(maximum: maximum, axis: axis, keepdims: false)
            return try one.reshaped([])
        }
        let name = maximum ? "argmax" : "argmin"
        let source: NDArray
        let axisIndex: Int
        if let axis {
            axisIndex = try Shape.normalize(axis: axis, ndim: ndim)
            source = try movingAxis(axisIndex, to: ndim - 1).contiguous()
        } else {
            axisIndex = -1
            source = try contiguous().reshaped([count])
        }
        let length = source.shape.last ?? 1
        guard length > 0 else { throw .value("attempt to get \(name) of an empty sequence") }
        let rows = source.count / length
        var positions = [Int64](repeating: 0, count: rows)
        let p = UnsafeRawPointer(source.pointer)
        switch dtype {
        case .float64: NDArray.argExtreme(p, Double.self, rows, length, maximum, &positions)
        case .float32: NDArray.argExtreme(p, Float.self, rows, length, maximum, &positions)
        case .int64: NDArray.argExtreme(p, Int64.self, rows, length, maximum, &positions)
        case .int32: NDArray.argExtreme(p, Int32.self, rows, length, maximum, &positions)
        case .bool: NDArray.argExtreme(p, UInt8.self, rows, length, maximum, &positions)
        case .complex128: preconditionFailure("internal inconsistency: argmax of a complex128 array")
        }
        var outShape = Array(source.shape.dropLast())
        if keepdims {
            if axis == nil { outShape = [Int](repeating: 1, count: ndim) } else { outShape.insert(1, at: axisIndex) }
        }
        return NDArray(int64s: positions, shape: outShape)
    }

    private static func argExtreme<T: ArrayElement & Comparable>(_ p: UnsafeRawPointer, _: T.Type, _ rows: Int,
                                                                 _ length: Int, _ maximum: Bool,
                                                                 _ positions: inout [Int64]) {
        let values = p.assumingMemoryBound(to: T.self)
        for r in 0..<rows {
            let row = values + r * length
            var best = row[0]
            var at = 0
            if best != best {
                positions[r] = 0
                continue
            }
            for i in 1..<length {
                let v = row[i]
                // numpy's negated comparison: a NaN is extreme and ends the search.
                if maximum ? !(v <= best) : !(v >= best) {
                    best = v
                    at = i
                    if v != v { break }
                }
            }
            positions[r] = Int64(at)
        }
    }

    /// numpy's `where(condition, x, y)`: elements of `x` where the condition holds, of `y` elsewhere, all three
    /// broadcast together (x and y promoted as a binary operation would).
    public static func select(_ condition: NDArray, _ x: Operand, _ y: Operand) throws(NumericError) -> NDArray {
        let dtype = try Operand.promote(x, y)
        let xa = try x.array(as: dtype), ya = try y.array(as: dtype)
        let shape = try Shape.broadcast([condition.shape, xa.shape, ya.shape])
        let result = try NDArray.empty(shape: shape, dtype: dtype)
        guard result.count > 0 else { return result }
        result.assignUnchecked(from: xa)
        let flags = try condition.converted(to: .bool)
        let loop = StridedLoop(shape: shape, strides: [result.strides, flags.broadcastStrides(to: shape),
                                                       ya.broadcastStrides(to: shape)])
        let so = loop.innerStride(0), sf = loop.innerStride(1), sy = loop.innerStride(2)
        let size = dtype.itemSize
        loop.forEachRun(result.pointer, flags.pointer, ya.pointer) { n, o, f, v in
            var o = o, f = f!, v = v!
            for _ in 0..<n {
                if f.load(as: UInt8.self) == 0 { o.copyMemory(from: v, byteCount: size) }
                o += so
                f += sf
                v += sy
            }
        }
        withExtendedLifetime((xa, ya, flags)) {}
        return result
    }

    /// numpy's `cumsum` (`product` false) or `cumprod` over the flattened array (axis nil) or along an axis.
    /// Small integers and bools accumulate as int64 unless `dtype` says otherwise.
    public func cumulative(product: Bool, axis: Int?, dtype requested: DType? = nil) throws(NumericError) -> NDArray {
        let accType = requested ?? (product ? Reduction.prod : Reduction.sum).defaultType(for: dtype)
        let source: NDArray
        let axisIndex: Int
        if let axis {
            // A 0-d array accumulates as one element on one axis.
            source = ndim == 0 ? try reshaped([1]) : self
            axisIndex = try Shape.normalize(axis: axis, ndim: source.ndim)
        } else {
            source = try contiguous().reshaped([count])
            axisIndex = 0
        }
        let input = try source.converted(to: accType)
        let result = try NDArray.empty(shape: input.shape, dtype: accType)
        let n = result.shape.isEmpty ? 1 : result.shape[axisIndex]
        guard result.count > 0 else { return result }
        let op: BinaryOperation = product ? .multiply : .add
        if axisIndex == result.ndim - 1 || result.ndim == 0 {
            // Along the last axis: one sequential scan per row.
            let scan = ScanKernels.run(product: product, accType)
            let si = input.strides.last ?? 0, so = result.strides.last ?? 0
            let rowsOut = result.ndim == 0 ? [0] : result.view(shape: Array(result.shape.dropLast()),
                                                               strides: Array(result.strides.dropLast()), offset: 0)
                .elementByteOffsets()
            let rowsIn = input.ndim == 0 ? [0] : input.view(shape: Array(input.shape.dropLast()),
                                                            strides: Array(input.strides.dropLast()), offset: 0)
                .elementByteOffsets()
            for (o, i) in zip(rowsOut, rowsIn) {
                scan(n, UnsafeRawPointer(input.pointer + i), si, result.pointer + o, so)
            }
            withExtendedLifetime(input) {}
            return result
        }
        result.assignUnchecked(from: input)
        let full = IndexItem.slice(start: nil, stop: nil, step: nil)
        for i in 1..<n {
            var previous = [IndexItem](repeating: full, count: result.ndim)
            var current = previous
            previous[axisIndex] = .integer(i - 1)
            current[axisIndex] = .integer(i)
            let target = try result.basicView(current)
            _ = try NDArray.binary(op, .array(try result.basicView(previous)), .array(target), out: target)
        }
        return result
    }
}

/// Running sums and products along a run.
enum ScanKernels {
    /// `dst[i] = dst[i-1] op src[i]` over a run (`dst[0] = src[0]`).
    static func run(product: Bool, _ dtype: DType) -> UnaryRun {
        switch (dtype, product) {
        case (.float64, false): return { scan($0, $1, $2, $3, $4) { (x: Double, y: Double) in x + y } }
        case (.float64, true): return { scan($0, $1, $2, $3, $4) { (x: Double, y: Double) in x * y } }
        case (.float32, false): return { scan($0, $1, $2, $3, $4) { (x: Float, y: Float) in x + y } }
        case (.float32, true): return { scan($0, $1, $2, $3, $4) { (x: Float, y: Float) in x * y } }
        case (.int64, false): return { scan($0, $1, $2, $3, $4) { (x: Int64, y: Int64) in x &+ y } }
        case (.int64, true): return { scan($0, $1, $2, $3, $4) { (x: Int64, y: Int64) in x &* y } }
        case (.int32, false): return { scan($0, $1, $2, $3, $4) { (x: Int32, y: Int32) in x &+ y } }
        case (.int32, true): return { scan($0, $1, $2, $3, $4) { (x: Int32, y: Int32) in x &* y } }
        case (.bool, false): return { scan($0, $1, $2, $3, $4) { (x: UInt8, y: UInt8) in x | y } }
        case (.bool, true): return { scan($0, $1, $2, $3, $4) { (x: UInt8, y: UInt8) in x & y } }
        case (.complex128, _): preconditionFailure("internal inconsistency: cumsum of a complex128 array")
        }
    }

    @inline(__always)
    static func scan<T>(_ n: Int, _ s: UnsafeRawPointer, _ ss: Int, _ d: UnsafeMutableRawPointer, _ ds: Int,
                        _ f: (T, T) -> T) {
        guard n > 0 else { return }
        if ss == MemoryLayout<T>.stride && ds == MemoryLayout<T>.stride {
            let src = s.assumingMemoryBound(to: T.self), dst = d.assumingMemoryBound(to: T.self)
            var acc = src[0]
            dst[0] = acc
            for i in 1..<n {
                acc = f(acc, src[i])
                dst[i] = acc
            }
            return
        }
        var acc = s.load(as: T.self)
        d.storeBytes(of: acc, as: T.self)
        var p = s, q = d
        for _ in 1..<n {
            p += ss
            q += ds
            acc = f(acc, p.load(as: T.self))
            q.storeBytes(of: acc, as: T.self)
        }
    }
}
