import CArrayKernels

/// A C comparison loop: operator, count, first input and its element step (1, or 0 for a repeated scalar),
/// second input and its step, contiguous output.
typealias CompareKernel = (pxk_comparison, Int, UnsafeRawPointer, Int, UnsafeRawPointer, Int, UnsafeMutablePointer<UInt8>)
    -> Void

extension BinaryKernels {
    /// The comparison `op` through the C loops that clang vectorises (Swift leaves the packing of comparison
    /// results into bytes scalar), for runs of contiguous or repeated-scalar inputs into a contiguous output;
    /// other runs go to `otherwise`. Nil when `op` is no comparison or `T` has no C loop.
    static func vectorCompare<T: ArrayElement>(_ op: BinaryOperation, _: T.Type, otherwise: @escaping BinaryRun)
        -> BinaryRun? {
        guard let comparison = op.kernelComparison, let kernel = compareKernel(T.self) else { return nil }
        let size = MemoryLayout<T>.stride
        return { n, a, sa, b, sb, r, sr in
            if sr == 1 && (sa == size || sa == 0) && (sb == size || sb == 0) {
                kernel(comparison, n, a, sa == 0 ? 0 : 1, b, sb == 0 ? 0 : 1, r.assumingMemoryBound(to: UInt8.self))
            } else {
                otherwise(n, a, sa, b, sb, r, sr)
            }
        }
    }

    /// The C comparison loop over elements of `T` (float64, float32, int64, int32), or nil.
    static func compareKernel<T>(_: T.Type) -> CompareKernel? {
        if T.self == Double.self {
            return { pxk_compare_f64($0, $1, $2.assumingMemoryBound(to: Double.self), $3,
                                     $4.assumingMemoryBound(to: Double.self), $5, $6) }
        }
        if T.self == Float.self {
            return { pxk_compare_f32($0, $1, $2.assumingMemoryBound(to: Float.self), $3,
                                     $4.assumingMemoryBound(to: Float.self), $5, $6) }
        }
        if T.self == Int64.self {
            return { pxk_compare_i64($0, $1, $2.assumingMemoryBound(to: Int64.self), $3,
                                     $4.assumingMemoryBound(to: Int64.self), $5, $6) }
        }
        if T.self == Int32.self {
            return { pxk_compare_i32($0, $1, $2.assumingMemoryBound(to: Int32.self), $3,
                                     $4.assumingMemoryBound(to: Int32.self), $5, $6) }
        }
        return nil
    }
}

extension BinaryOperation {
    /// The C kernels' name of a comparison, nil for other operations.
    var kernelComparison: pxk_comparison? {
        switch self {
        case .equal: return PXK_EQUAL
        case .notEqual: return PXK_NOT_EQUAL
        case .less: return PXK_LESS
        case .lessEqual: return PXK_LESS_EQUAL
        case .greater: return PXK_GREATER
        case .greaterEqual: return PXK_GREATER_EQUAL
        default: return nil
        }
    }

    /// The C kernels' name of `+ - * /`, nil for other operations.
    var kernelArithmetic: pxk_arithmetic? {
        switch self {
        case .add: return PXK_ADD
        case .subtract: return PXK_SUBTRACT
        case .multiply: return PXK_MULTIPLY
        case .divide: return PXK_DIVIDE
        default: return nil
        }
    }
}

/// A C arithmetic loop: operator, count, first input and its element step (1, or 0 for a repeated scalar),
/// second input and its step, contiguous output.
typealias ArithmeticKernel = (pxk_arithmetic, Int, UnsafeRawPointer, Int, UnsafeRawPointer, Int, UnsafeMutableRawPointer)
    -> Void

extension BinaryKernels {
    /// `+ - * /` of floats through the C loops, which run AVX2-wide where the processor has it (Swift's loops
    /// stay SSE2-wide), for runs of contiguous or repeated-scalar inputs into a contiguous output; other runs go
    /// to `otherwise`. An input is either the output itself (in place) or overlaps it nowhere: `NDArray.binary`
    /// copies inputs that overlap the output in another layout. Nil when `op` or `T` has no C loop.
    static func vectorArithmetic<T>(_ op: BinaryOperation, _: T.Type, otherwise: @escaping BinaryRun) -> BinaryRun? {
        guard let arithmetic = op.kernelArithmetic, let kernel = arithmeticKernel(T.self) else { return nil }
        let size = MemoryLayout<T>.stride
        return { n, a, sa, b, sb, r, sr in
            if sr == size && (sa == size || sa == 0) && (sb == size || sb == 0) {
                kernel(arithmetic, n, a, sa == 0 ? 0 : 1, b, sb == 0 ? 0 : 1, r)
            } else {
                otherwise(n, a, sa, b, sb, r, sr)
            }
        }
    }

    /// The C arithmetic loop over elements of `T` (float64, float32), or nil.
    static func arithmeticKernel<T>(_: T.Type) -> ArithmeticKernel? {
        if T.self == Double.self {
            return { pxk_arithmetic_f64($0, $1, $2.assumingMemoryBound(to: Double.self), $3,
                                        $4.assumingMemoryBound(to: Double.self), $5, $6.assumingMemoryBound(to: Double.self)) }
        }
        if T.self == Float.self {
            return { pxk_arithmetic_f32($0, $1, $2.assumingMemoryBound(to: Float.self), $3,
                                        $4.assumingMemoryBound(to: Float.self), $5, $6.assumingMemoryBound(to: Float.self)) }
        }
        return nil
    }
}
