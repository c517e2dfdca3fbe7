import CArrayKernels
import COpenBLAS

// MARK: - dot, matmul, inner, outer (BLAS for float64 and float32)

extension NDArray {
    /// numpy's `matmul` (`@`): matrix products over the last two axes, batches broadcast; a 1-D operand is a
    /// row (left) or column (right) vector whose axis is removed from the result.
    /// - Throws: numpy's `ValueError`s (0-d operands, mismatched core dimensions), `MemoryError`.
    public static func matmul(_ a: NDArray, _ b: NDArray) throws(NumericError) -> NDArray {
        let signature = "(n?,k),(k,m?)->(n?,m?)"
        for (i, x) in [a, b].enumerated() where x.ndim == 0 {
            throw .value("matmul: Input operand \(i) does not have enough dimensions (has 0, gufunc core with signature "
                + "\(signature) requires 1)")
        }
        let dtype = DType.promote(a.dtype, b.dtype)
        let x = a.ndim == 1 ? a.view(shape: [1, a.shape[0]], strides: [0, a.strides[0]], offset: a.offset) : a
        let y = b.ndim == 1 ? b.view(shape: [b.shape[0], 1], strides: [b.strides[0], 0], offset: b.offset) : b
        let n = x.shape[x.ndim - 2], k = x.shape[x.ndim - 1], k2 = y.shape[y.ndim - 2], m = y.shape[y.ndim - 1]
        guard k == k2 else {
            throw .value("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                + "\(signature) (size \(k2) is different from \(k))")
        }
        let batch = try Shape.broadcast(Array(x.shape.dropLast(2)), Array(y.shape.dropLast(2)))
        let result = try NDArray.empty(shape: batch + [n, m], dtype: dtype)
        let xs = try x.converted(to: dtype), ys = try y.converted(to: dtype)
        let xb = try xs.broadcast(to: batch + [n, k]), yb = try ys.broadcast(to: batch + [k, m])
        let batches = Shape.count(batch) ?? 0
        if batch.isEmpty {
            try product(xb, yb, into: result)
        } else if batches > 0 {
            let full = IndexItem.slice(start: nil, stop: nil, step: nil)
            for flat in 0..<batches {
                var index: [IndexItem] = []
                var rest = flat
                var positions = [Int](repeating: 0, count: batch.count)
                for d in stride(from: batch.count - 1, through: 0, by: -1) {
                    positions[d] = rest % batch[d]
                    rest /= batch[d]
                }
                index = positions.map { .integer($0) } + [full, full]
                try product(try xb.basicView(index), try yb.basicView(index), into: try result.basicView(index))
            }
        }
        var shape = result.shape
        if b.ndim == 1 { shape.removeLast() }
        if a.ndim == 1 { shape.remove(at: shape.count - (b.ndim == 1 ? 1 : 2)) }
        return shape == result.shape ? result : try result.reshaped(shape)
    }

    /// numpy's `dot`: the inner product of vectors, matrix products, and for N-D operands the sum over the last
    /// axis of `a` and the second-to-last of `b`; a 0-d operand multiplies.
    /// - Throws: `ValueError: shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)`.
    public static func dot(_ a: NDArray, _ b: NDArray) throws(NumericError) -> NDArray {
        if a.ndim == 0 || b.ndim == 0 { return try binary(.multiply, .array(a), .array(b)) }
        let ka = a.shape[a.ndim - 1], axisB = max(b.ndim - 2, 0), kb = b.shape[axisB]
        guard ka == kb else {
            throw .value("shapes \(Shape.describe(a.shape)) and \(Shape.describe(b.shape)) not aligned: "
                + "\(ka) (dim \(a.ndim - 1)) != \(kb) (dim \(axisB))")
        }
        if a.ndim == 1 && b.ndim == 1 && a.dtype == .float64 && b.dtype == .float64 && a.strides[0] % 8 == 0
            && b.strides[0] % 8 == 0 {
            // Two float64 vectors: straight to numpy's ddot order (numpy adds it to 0.0), without matmul's views.
            let v = pxk_dot_f64(ka, a.pointer.assumingMemoryBound(to: Double.self), a.strides[0] / 8,
                                b.pointer.assumingMemoryBound(to: Double.self), b.strides[0] / 8)
            withExtendedLifetime((a, b)) {}
            let result = try NDArray.empty(shape: [], dtype: .float64)
            result.pointer.storeBytes(of: 0.0 + v, as: Double.self)
            return result
        }
        if a.ndim <= 2 && b.ndim <= 2 { return try matmul(a, b) }
        // N-D: (P, K) @ (K, Q), then the axes put back.
        let dtype = DType.promote(a.dtype, b.dtype)
        let left = try a.reshaped([-1, ka])
        let right = try b.movingAxis(axisB, to: 0).reshaped([kb, -1])
        let result = try NDArray.empty(shape: [left.shape[0], right.shape[1]], dtype: dtype)
        try product(try left.converted(to: dtype), try right.converted(to: dtype), into: result)
        var bShape = b.shape
        bShape.remove(at: axisB)
        return try result.reshaped(Array(a.shape.dropLast()) + bShape)
    }

    /// numpy's `inner`: sums over the last axes of both operands.
    public static func inner(_ a: NDArray, _ b: NDArray) throws(NumericError) -> NDArray {
        if a.ndim == 0 || b.ndim == 0 { return try binary(.multiply, .array(a), .array(b)) }
        let ka = a.shape[a.ndim - 1], kb = b.shape[b.ndim - 1]
        guard ka == kb else {
            throw .value("shapes \(Shape.describe(a.shape)) and \(Shape.describe(b.shape)) not aligned: "
                + "\(ka) (dim \(a.ndim - 1)) != \(kb) (dim \(b.ndim - 1))")
        }
        if b.ndim == 1 { return try dot(a, b) }
        return try dot(a, try b.movingAxis(b.ndim - 1, to: b.ndim - 2))
    }

    /// numpy's `outer`: `result[i, j] = a.flat[i] * b.flat[j]`.
    public static func outer(_ a: NDArray, _ b: NDArray) throws(NumericError) -> NDArray {
        let x = try a.raveled(), y = try b.raveled()
        return try binary(.multiply, .array(x.view(shape: [x.count, 1], strides: [x.strides[0], 0], offset: x.offset)),
                          .array(y.view(shape: [1, y.count], strides: [0, y.strides[0]], offset: y.offset)))
    }

    // MARK: - Kernels

    /// `result = x @ y` for 2-D operands of the result's dtype.
    static func product(_ x: NDArray, _ y: NDArray, into result: NDArray) throws(NumericError) {
        let n = x.shape[0], k = x.shape[1], m = y.shape[1]
        guard result.count > 0 else { return }
        if k == 0 {
            result.fill(ArrayScalar(Int64(0)))
            return
        }
        switch result.dtype {
        case .float64, .float32:
            try blasProduct(x, y, into: result, n: n, k: k, m: m)
        case .int64: try integerProduct(x, y, into: result, Int64.self)
        case .int32: try integerProduct(x, y, into: result, Int32.self)
        case .bool:
            let ints = try NDArray.empty(shape: result.shape, dtype: .int64)
            try integerProduct(try x.cast(to: .int64), try y.cast(to: .int64), into: ints, Int64.self)
            result.assignUnchecked(from: ints)
        case .complex128: preconditionFailure("internal inconsistency: matmul of complex128 arrays")
        }
    }

    private static func integerProduct<T: FixedWidthInteger & ArrayElement>(_ x: NDArray, _ y: NDArray,
                                                                            into result: NDArray, _: T.Type) throws(NumericError) {
        let a = try x.contiguous(), b = try y.contiguous()
        let n = x.shape[0], k = x.shape[1], m = y.shape[1]
        let out = try NDArray.zeros(shape: [n, m], dtype: result.dtype)
        let pa = a.pointer.assumingMemoryBound(to: T.self), pb = b.pointer.assumingMemoryBound(to: T.self)
        let pc = out.pointer.assumingMemoryBound(to: T.self)
        for i in 0..<n {
            let row = pc + i * m
            for p in 0..<k {
                let v = pa[i * k + p]
                let brow = pb + p * m
                for j in 0..<m { row[j] = row[j] &+ v &* brow[j] }
            }
        }
        withExtendedLifetime((a, b)) {}
        result.assignUnchecked(from: out)
    }

    /// The BLAS layout of a matrix operand: transposed or not and the leading dimension, or nil when its
    /// strides need a copy first.
    private func blasLayout() -> (transposed: Bool, leading: Int)? {
        let size = itemSize, rows = shape[0], columns = shape[1]
        let s0 = strides[0], s1 = strides[1]
        if (s1 == size || columns == 1) && s0 % size == 0 && s0 / size >= max(1, columns) { return (false, s0 / size) }
        if (s0 == size || rows == 1) && s1 % size == 0 && s1 / size >= max(1, rows) { return (true, s1 / size) }
        if rows == 1 && columns == 1 { return (false, 1) }
        return nil
    }

    private static func blasProduct(_ x: NDArray, _ y: NDArray, into result: NDArray, n: Int, k: Int, m: Int) throws(NumericError) {
        let limit = Int(Int32.max)
        guard n < limit, k < limit, m < limit else { throw NumericError(.memoryError, "matrix too large for BLAS") }
        let a = x.blasLayout() == nil ? try x.copy() : x
        let b = y.blasLayout() == nil ? try y.copy() : y
        let target = result.isCContiguous ? result : try NDArray.empty(shape: result.shape, dtype: result.dtype)
        guard let la = a.blasLayout(), let lb = b.blasLayout() else { return }
        defer {
            withExtendedLifetime((a, b)) {}
            if target !== result { result.assignUnchecked(from: target) }
        }
        let ta = la.transposed ? CblasTrans : CblasNoTrans, tb = lb.transposed ? CblasTrans : CblasNoTrans
        let single = result.dtype == .float32
        if m == 1 && n == 1 && !single {
            // A dot product of two vectors: numpy's ddot order, without BLAS (numpy adds it to 0.0).
            let strideA = k == 1 ? 1 : a.strides[1] / a.itemSize, strideB = k == 1 ? 1 : b.strides[0] / b.itemSize
            let v = pxk_dot_f64(k, a.pointer.assumingMemoryBound(to: Double.self), strideA,
                                b.pointer.assumingMemoryBound(to: Double.self), strideB)
            target.pointer.storeBytes(of: 0.0 + v, as: Double.self)
            return
        }
        let blas = try BLAS.functions()
        if m == 1 && n == 1 {
            // A dot product of two float32 vectors (numpy: sdot).
            let strideA = Int32(k == 1 ? 1 : a.strides[1] / a.itemSize)
            let strideB = Int32(k == 1 ? 1 : b.strides[0] / b.itemSize)
            let v = blas.cblas_sdot(Int32(k), a.pointer.assumingMemoryBound(to: Float.self), strideA,
                                    b.pointer.assumingMemoryBound(to: Float.self), strideB)
            target.pointer.storeBytes(of: v, as: Float.self)
        } else if m == 1 {
            // Matrix times vector (numpy: gemv).
            let inc = Int32(k == 1 ? 1 : b.strides[0] / b.itemSize)
            if single {
                blas.cblas_sgemv(CblasRowMajor, ta, Int32(la.transposed ? k : n), Int32(la.transposed ? n : k), 1,
                                 a.pointer.assumingMemoryBound(to: Float.self), Int32(la.leading),
                                 b.pointer.assumingMemoryBound(to: Float.self), inc, 0,
                                 target.pointer.assumingMemoryBound(to: Float.self), 1)
            } else {
                blas.cblas_dgemv(CblasRowMajor, ta, Int32(la.transposed ? k : n), Int32(la.transposed ? n : k), 1,
                                 a.pointer.assumingMemoryBound(to: Double.self), Int32(la.leading),
                                 b.pointer.assumingMemoryBound(to: Double.self), inc, 0,
                                 target.pointer.assumingMemoryBound(to: Double.self), 1)
            }
        } else if n == 1 {
            // Vector times matrix: the transposed matrix times the vector.
            let inc = Int32(k == 1 ? 1 : a.strides[1] / a.itemSize)
            let tbT = lb.transposed ? CblasNoTrans : CblasTrans
            if single {
                blas.cblas_sgemv(CblasRowMajor, tbT, Int32(lb.transposed ? m : k), Int32(lb.transposed ? k : m), 1,
                                 b.pointer.assumingMemoryBound(to: Float.self), Int32(lb.leading),
                                 a.pointer.assumingMemoryBound(to: Float.self), inc, 0,
                                 target.pointer.assumingMemoryBound(to: Float.self), 1)
            } else {
                blas.cblas_dgemv(CblasRowMajor, tbT, Int32(lb.transposed ? m : k), Int32(lb.transposed ? k : m), 1,
                                 b.pointer.assumingMemoryBound(to: Double.self), Int32(lb.leading),
                                 a.pointer.assumingMemoryBound(to: Double.self), inc, 0,
                                 target.pointer.assumingMemoryBound(to: Double.self), 1)
            }
        } else if a.buffer === b.buffer && a.offset == b.offset && n == m && la.transposed != lb.transposed
                    && la.leading == lb.leading {
            // A @ A.T (or A.T @ A): numpy uses syrk and mirrors the triangle.
            if single {
                blas.cblas_ssyrk(CblasRowMajor, CblasUpper, ta, Int32(n), Int32(k), 1,
                                 a.pointer.assumingMemoryBound(to: Float.self), Int32(la.leading), 0,
                                 target.pointer.assumingMemoryBound(to: Float.self), Int32(m))
            } else {
                blas.cblas_dsyrk(CblasRowMajor, CblasUpper, ta, Int32(n), Int32(k), 1,
                                 a.pointer.assumingMemoryBound(to: Double.self), Int32(la.leading), 0,
                                 target.pointer.assumingMemoryBound(to: Double.self), Int32(m))
            }
            target.mirrorUpperTriangle()
        } else if single {
            blas.cblas_sgemm(CblasRowMajor, ta, tb, Int32(n), Int32(m), Int32(k), 1,
                             a.pointer.assumingMemoryBound(to: Float.self), Int32(la.leading),
                             b.pointer.assumingMemoryBound(to: Float.self), Int32(lb.leading), 0,
                             target.pointer.assumingMemoryBound(to: Float.self), Int32(m))
        } else {
            blas.cblas_dgemm(CblasRowMajor, ta, tb, Int32(n), Int32(m), Int32(k), 1,
                             a.pointer.assumingMemoryBound(to: Double.self), Int32(la.leading),
                             b.pointer.assumingMemoryBound(to: Double.self), Int32(lb.leading), 0,
                             target.pointer.assumingMemoryBound(to: Double.self), Int32(m))
        }
    }

    /// Copies the upper triangle of a square C-contiguous matrix onto the lower one.
    private func mirrorUpperTriangle() {
        let n = shape[0], size = itemSize
        for i in 0..<n {
            for j in 0..<i {
                (pointer + (i * n + j) * size).copyMemory(from: pointer + (j * n + i) * size, byteCount: size)
            }
        }
    }
}
