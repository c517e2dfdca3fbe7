#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `numpy.linalg.norm`, step for step as numpy's Python code computes it, so that its reductions add in numpy's
/// order (the array's own `sum`, `max`, `min`) and its default is `sqrt(x.dot(x))` through BLAS.
extension LinearAlgebra {
    /// The `ord=` of `norm`.
    public enum NormOrder: Equatable, Sendable {
        /// `'fro'` (or `'f'`).
        case frobenius
        /// `'nuc'`.
        case nuclear
        /// A number: `inf`, `-inf`, 0, 1, -1, 2, -2 or any other p.
        case number(Double)

        /// The name numpy's error texts quote for a string order.
        var name: String {
            switch self {
            case .frobenius: return "fro"
            case .nuclear: return "nuc"
            case .number(let p): return "\(p)"
            }
        }
    }

    /// `norm(x, ord, axis, keepdims)`.
    /// - Parameters:
    ///   - order: nil is numpy's default (2-norm of vectors, Frobenius of matrices).
    ///   - axes: nil for all axes; one axis for vector norms, two for matrix norms.
    /// - Throws: numpy's `ValueError`s (`Invalid norm order 'fro' for vectors`, `Invalid norm order for
    ///   matrices.`, `Improper number of dimensions to norm.`, `Duplicate axes given.`), `AxisError`.
    public static func norm(_ x: NDArray, order: NormOrder?, axes requested: [Int]?,
                            keepdims: Bool = false) throws(NumericError) -> NDArray {
        let x = x.dtype.isFloat ? x : try x.cast(to: .float64)
        if requested == nil {
            if order == nil || (order == .frobenius && x.ndim == 2) || (order == .number(2) && x.ndim == 1) {
                let flat = try x.memoryOrderRaveled()
                let result = try NDArray.dot(flat, flat).unary(.sqrt)
                return keepdims ? try result.reshaped([Int](repeating: 1, count: x.ndim)) : result
            }
        }
        let axes = requested ?? Array(0..<x.ndim)
        if axes.count == 1 {
            let axis = try Shape.normalize(axis: axes[0], ndim: x.ndim)
            return try vectorNorm(x, order: order, axis: axis, keepdims: keepdims)
        }
        guard axes.count == 2 else { throw .value("Improper number of dimensions to norm.") }
        let rowAxis = try Shape.normalize(axis: axes[0], ndim: x.ndim)
        let columnAxis = try Shape.normalize(axis: axes[1], ndim: x.ndim)
        guard rowAxis != columnAxis else { throw .value("Duplicate axes given.") }
        var result = try matrixNorm(x, order: order, rows: rowAxis, columns: columnAxis)
        if keepdims {
            var shape = x.shape
            shape[rowAxis] = 1
            shape[columnAxis] = 1
            result = try result.reshaped(shape)
        }
        return result
    }

    private static func vectorNorm(_ x: NDArray, order: NormOrder?, axis: Int, keepdims: Bool) throws(NumericError) -> NDArray {
        let absolute = try x.unary(.absolute)
        switch order {
        case .number(.infinity):
            // abs(x).max(axis, initial=0): zero over an empty axis.
            if x.shape[axis] == 0 { return try absolute.reduce(.sum, axes: [axis], keepdims: keepdims) }
            return try absolute.reduce(.max, axes: [axis], keepdims: keepdims)
        case .number(-.infinity):
            return try absolute.reduce(.min, axes: [axis], keepdims: keepdims)
        case .number(0):
            let nonzero = try NDArray.binary(.notEqual, .array(x), .scalar(ArrayScalar(0.0), isWeak: true))
            return try nonzero.cast(to: x.dtype).reduce(.sum, axes: [axis], keepdims: keepdims)
        case .number(1):
            return try absolute.reduce(.sum, axes: [axis], keepdims: keepdims)
        case nil, .number(2):
            let squares = try NDArray.binary(.multiply, .array(x), .array(x))
            return try squares.reduce(.sum, axes: [axis], keepdims: keepdims).unary(.sqrt)
        case .frobenius, .nuclear:
            throw .value("Invalid norm order '\(order?.name ?? "")' for vectors")
        case .number(let p):
            // absx **= ord; add.reduce; ret **= 1/ord — in place, which numpy computes with libm's pow.
            let powered = try absolute.mapFloats { pow($0, p) } float: { powf($0, Float(p)) }
            let sum = try powered.reduce(.sum, axes: [axis], keepdims: keepdims)
            return try sum.mapFloats { pow($0, 1 / p) } float: { powf($0, Float(1 / p)) }
        }
    }

    private static func matrixNorm(_ x: NDArray, order: NormOrder?, rows: Int, columns: Int) throws(NumericError) -> NDArray {
        switch order {
        case .number(2), .number(-2), .nuclear:
            let moved = try x.transposed(Array(x.shape.indices.filter { $0 != rows && $0 != columns }) + [rows, columns])
            let singular = try svd(moved, computeUV: false).s
            let last = singular.ndim - 1
            switch order {
            case .number(2):
                if singular.shape[last] == 0 { return try singular.reduce(.sum, axes: [last]) }
                return try singular.reduce(.max, axes: [last])
            case .number(-2): return try singular.reduce(.min, axes: [last])
            default: return try singular.reduce(.sum, axes: [last])
            }
        case .number(1), .number(-1):
            let sums = try x.unary(.absolute).reduce(.sum, axes: [rows])
            let axis = columns > rows ? columns - 1 : columns
            if order == .number(-1) { return try sums.reduce(.min, axes: [axis]) }
            if sums.shape[axis] == 0 { return try sums.reduce(.sum, axes: [axis]) }
            return try sums.reduce(.max, axes: [axis])
        case .number(.infinity), .number(-.infinity):
            let sums = try x.unary(.absolute).reduce(.sum, axes: [columns])
            let axis = rows > columns ? rows - 1 : rows
            if order == .number(-.infinity) { return try sums.reduce(.min, axes: [axis]) }
            if sums.shape[axis] == 0 { return try sums.reduce(.sum, axes: [axis]) }
            return try sums.reduce(.max, axes: [axis])
        case nil, .frobenius:
            let squares = try NDArray.binary(.multiply, .array(x), .array(x))
            return try squares.reduce(.sum, axes: [rows, columns]).unary(.sqrt)
        default:
            throw .value("Invalid norm order for matrices.")
        }
    }
}

extension NDArray {
    /// numpy's `ravel(order='K')`: the elements in the order they lie in memory (axes by decreasing stride,
    /// reversed where a stride is negative).
    func memoryOrderRaveled() throws(NumericError) -> NDArray {
        var view = self
        let flips = shape.indices.filter { strides[$0] < 0 && shape[$0] > 1 }
        if !flips.isEmpty { view = try view.flipped(flips) }
        let order = view.shape.indices.sorted { Swift.abs(view.strides[$0]) > Swift.abs(view.strides[$1]) }
        if order != Array(view.shape.indices) { view = try view.transposed(order) }
        return try view.raveled()
    }

    /// A new array of the same shape and float dtype, each element mapped.
    func mapFloats(_ double: (Double) -> Double, float: (Float) -> Float) throws(NumericError) -> NDArray {
        let source = try contiguous()
        if dtype == .float32 {
            let values = withExtendedLifetime(source) {
                source.pointer.withMemoryRebound(to: Float.self, capacity: count) { start in
                    UnsafeBufferPointer(start: start, count: count).map(float)
                }
            }
            return NDArray(floats: values, shape: shape)
        }
        let values = try source.doubles().map(double)
        return NDArray(doubles: values, shape: shape)
    }
}
