// MARK: - Binary operations with broadcasting

extension NDArray {
    /// numpy's binary ufunc `op(a, b)`: the operands broadcast together, promoted by numpy 2's rules, the
    /// result in a new array — or in `out` (which must have the broadcast shape and a dtype the result casts
    /// to under `same_kind`; `a += b` is `binary(.add, a, b, out: a)`).
    /// - Returns: the result (`out` when given). A 0-d result is a 0-d array; callers turn it into a scalar
    ///   where numpy would.
    /// - Throws: numpy's errors: broadcasting `ValueError`, `TypeError` for unsupported types, casting
    ///   `TypeError` (`UFuncTypeError`) for `out`, `ValueError` for negative integer powers, `MemoryError`.
    public static func binary(_ op: BinaryOperation, _ a: Operand, _ b: Operand,
                              out: NDArray? = nil) throws(NumericError) -> NDArray {
        let common = try Operand.promote(a, b, lenient: op.isComparison)
        let (inType, outType) = try op.loopTypes(for: common)
        var x = try a.array(as: inType)
        var y = try b.array(as: inType)
        let shape: [Int]
        do {
            shape = try Shape.broadcast(x.shape, y.shape)
        } catch {
            // An in-place operation names the output's shape too.
            guard let out else { throw error }
            throw .value("operands could not be broadcast together with shapes \(Shape.describe(x.shape)) "
                + "\(Shape.describe(y.shape)) \(Shape.describe(out.shape)) ")
        }
        if op == .power && inType.isInteger {
            if try y.containsNegative() { throw .value("Integers to negative integer powers are not allowed.") }
        }
        let (result, target) = try NDArray.output(out, shape: shape, dtype: outType, ufunc: op.ufuncName, inputs: [x, y])
        // Inputs that overlap the output in another layout are read from copies (numpy's overlap rule).
        if x.overlapsDifferently(target) { x = try x.copy() }
        if y.overlapsDifferently(target) { y = try y.copy() }
        if target.count > 0 {
            let run = BinaryKernels.run(op, inType)
            let loop = StridedLoop(shape: target.shape,
                                   strides: [target.strides, x.broadcastStrides(to: target.shape),
                                             y.broadcastStrides(to: target.shape)])
            let so = loop.innerStride(0), sx = loop.innerStride(1), sy = loop.innerStride(2)
            loop.forEachRun(target.pointer, x.pointer, y.pointer) { n, o, p, q in
                run(n, UnsafeRawPointer(p!), sx, UnsafeRawPointer(q!), sy, o, so)
            }
        }
        withExtendedLifetime((x, y)) {}
        if target !== result { try result.assign(from: target) }
        return result
    }

    /// Whether `binary(op, a, b, out: target)` would write the result straight into `target`: the loop's result
    /// dtype is the target's and the operands broadcast to exactly its shape.
    public static func resultFits(_ op: BinaryOperation, _ a: Operand, _ b: Operand, into target: NDArray) -> Bool {
        guard let common = try? Operand.promote(a, b, lenient: op.isComparison),
              let types = try? op.loopTypes(for: common), types.output == target.dtype else { return false }
        return (try? Shape.broadcast(a.shape, b.shape)) == target.shape
    }

    /// The array a ufunc returns (`out` when given, else a new one) and the array its loop writes (a
    /// temporary of the loop's dtype when `out` has another dtype).
    /// - Throws: numpy's errors for an `out` of the wrong shape or of a dtype the result cannot be cast to under
    ///   `same_kind`, and for read-only memory.
    static func output(_ out: NDArray?, shape: [Int], dtype: DType, ufunc: String,
                       inputs: [NDArray]) throws(NumericError) -> (result: NDArray, target: NDArray) {
        guard let out else {
            // numpy's K order: operands of the full shape that are all Fortran-ordered give a Fortran result.
            var fortran = false
            if shape.count > 1 {
                let full = inputs.filter { $0.shape == shape && $0.count > 1 }
                fortran = !full.isEmpty && full.allSatisfy { $0.isFContiguous && !$0.isCContiguous }
            }
            let target = try NDArray.empty(shape: shape, dtype: dtype, fortranOrder: fortran)
            return (target, target)
        }
        try out.checkWritable()
        guard out.shape == shape || (shape.count <= out.ndim && NDArray.canBroadcast(shape, to: out.shape)) else {
            // numpy broadcasts the output together with the inputs first: when that fails, its error names them all.
            _ = try Shape.broadcast(inputs.map(\.shape) + [out.shape])
            throw .value("non-broadcastable output operand with shape \(Shape.describe(out.shape)) doesn't match "
                + "the broadcast shape \(Shape.describe(shape))")
        }
        guard dtype.canCastSameKind(to: out.dtype) else {
            throw NumericError(.ufuncTypeError, "Cannot cast ufunc '\(ufunc)' output from dtype('\(dtype.name)') to "
                + "dtype('\(out.dtype.name)') with casting rule 'same_kind'")
        }
        return (out, out.dtype == dtype ? out : try NDArray.empty(shape: out.shape, dtype: dtype))
    }

    /// A new array with no initialised elements, in C order or (when `fortranOrder`) Fortran order.
    static func empty(shape: [Int], dtype: DType, fortranOrder: Bool) throws(NumericError) -> NDArray {
        let c = try NDArray.empty(shape: shape, dtype: dtype)
        guard fortranOrder else { return c }
        var strides = [Int](repeating: 0, count: shape.count)
        var s = dtype.itemSize
        for i in shape.indices {
            strides[i] = s
            s *= max(shape[i], 1)
        }
        return NDArray(buffer: c.buffer, dtype: dtype, shape: shape, strides: strides)
    }

    /// Whether this array reads memory that `other` writes, laid out differently (so an in-place loop could
    /// read elements it already overwrote).
    func overlapsDifferently(_ other: NDArray) -> Bool {
        guard buffer === other.buffer else { return false }
        if offset == other.offset && strides == other.strides && shape == other.shape && dtype == other.dtype {
            return false
        }
        return NDArray.extentsOverlap(self, other)
    }

    /// Whether any integer element is negative.
    func containsNegative() throws(NumericError) -> Bool {
        guard dtype.isInteger, count > 0 else { return false }
        let values = try int64s()
        return values.contains { $0 < 0 }
    }
}

extension Operand {
    /// The operand as an array of `dtype` (a scalar becomes a one-element 0-d array).
    func array(as dtype: DType) throws(NumericError) -> NDArray {
        switch self {
        case .array(let a): return try a.converted(to: dtype)
        case .scalar(let s, _):
            let a = try NDArray.empty(shape: [], dtype: dtype)
            s.cast(to: dtype).store(to: a.pointer)
            return a
        }
    }
}
