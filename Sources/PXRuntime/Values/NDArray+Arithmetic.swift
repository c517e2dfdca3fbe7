import PXLang

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One side of an array operation: an array or a scalar.
enum ArrayOperand {
    case array(NDArray)
    case scalar(Value)
}

extension Value {
    var asOperand: ArrayOperand {
        if case .ndarray(let a) = self { return .array(a) }
        return .scalar(self)
    }
}

// MARK: - Elementwise arithmetic and comparison

extension NDArray {
    static func operands(_ a: ArrayOperand, _ b: ArrayOperand, _ vm: Interpreter?) throws -> (NDArray, NDArray) {
        func array(_ o: ArrayOperand, like other: NDArray?) throws -> NDArray {
            switch o {
            case .array(let x): return x
            case .scalar(let v):
                switch v {
                case .int(let i): return NDArray(ints: [i], shape: [])
                case .bool(let b): return NDArray(ints: [b ? 1 : 0], shape: [], isBool: true)
                case .float(let d): return NDArray(floats: [d], shape: [])
                case .list, .tuple, .range: return try NDArray.from(v, vm)
                default:
                    throw RuntimeError.typeError("unsupported operand type for array operation: '\(v.typeName)'")
                }
            }
        }
        return (try array(a, like: nil), try array(b, like: nil))
    }

    /// The result shape of broadcasting two shapes (scalars, equal shapes, or numpy's trailing-dimension rule).
    static func broadcastShape(_ x: [Int], _ y: [Int]) throws -> [Int] {
        if x == y { return x }
        let n = max(x.count, y.count)
        var result: [Int] = []
        for i in 0..<n {
            let a = i < n - x.count ? 1 : x[i - (n - x.count)]
            let b = i < n - y.count ? 1 : y[i - (n - y.count)]
            guard a == b || a == 1 || b == 1 else {
                let describe = { (s: [Int]) in s.count == 1 ? "(\(s[0]),)" : "(" + s.map(String.init).joined(separator: ",") + ")" }
                throw RuntimeError.valueError("operands could not be broadcast together with shapes \(describe(x)) \(describe(y)) ")
            }
            result.append(max(a, b))
        }
        return result
    }

    /// Maps a flat index of the broadcast result to the flat index of an operand.
    static func sourceIndex(_ flat: Int, resultShape: [Int], operandShape: [Int]) -> Int {
        if operandShape == resultShape { return flat }
        if operandShape.reduce(1, *) == 1 { return 0 }
        var remaining = flat
        var index = 0
        var multiplier = 1
        let offset = resultShape.count - operandShape.count
        for d in Swift.stride(from: resultShape.count - 1, through: 0, by: -1) {
            let coordinate = remaining % resultShape[d]
            remaining /= resultShape[d]
            let od = d - offset
            if od >= 0 {
                let size = operandShape[od]
                if size != 1 { index += coordinate * multiplier }
                multiplier *= size
            }
        }
        return index
    }

    static func binary(_ op: BinaryOperator, _ a: ArrayOperand, _ b: ArrayOperand, _ vm: Interpreter?) throws -> Value {
        let (x, y) = try operands(a, b, vm)
        let shape = try broadcastShape(x.shape, y.shape)
        let n = shape.reduce(1, *)
        let sameShape = x.shape == y.shape
        let xi = { (i: Int) in sameShape ? i : sourceIndex(i, resultShape: shape, operandShape: x.shape) }
        let yi = { (i: Int) in sameShape ? i : sourceIndex(i, resultShape: shape, operandShape: y.shape) }
        let integral = x.dtype != .float64 && y.dtype != .float64 && op != .divide
        if integral {
            var result = [Int](repeating: 0, count: n)
            for i in 0..<n {
                let p = x.integer(xi(i)), q = y.integer(yi(i))
                guard case .int(let r) = try Operations.integer(op, p, q) else {
                    throw RuntimeError.valueError("Integers to negative integer powers are not allowed.")
                }
                result[i] = r
            }
            let isBool = x.dtype == .bool && y.dtype == .bool && [.bitAnd, .bitOr, .bitXor].contains(op)
            return .ndarray(NDArray(ints: result, shape: shape, isBool: isBool))
        }
        var result = [Double](repeating: 0, count: n)
        switch op {
        case .add: for i in 0..<n { result[i] = x.double(xi(i)) + y.double(yi(i)) }
        case .subtract: for i in 0..<n { result[i] = x.double(xi(i)) - y.double(yi(i)) }
        case .multiply: for i in 0..<n { result[i] = x.double(xi(i)) * y.double(yi(i)) }
        case .divide: for i in 0..<n { result[i] = x.double(xi(i)) / y.double(yi(i)) }
        case .power: for i in 0..<n { result[i] = pow(x.double(xi(i)), y.double(yi(i))) }
        case .floorDivide:
            for i in 0..<n {
                let q = y.double(yi(i))
                result[i] = q == 0 ? x.double(xi(i)) / q : Operations.floorDivide(x.double(xi(i)), q).quotient
            }
        case .modulo:
            for i in 0..<n {
                let q = y.double(yi(i))
                result[i] = q == 0 ? .nan : Operations.floorDivide(x.double(xi(i)), q).remainder
            }
        case .matrixMultiply:
            return try dot(x, y)
        default:
            throw RuntimeError.typeError("ufunc '\(op.rawValue)' not supported for the input types")
        }
        return .ndarray(NDArray(floats: result, shape: shape))
    }

    static func compare(_ op: ComparisonOperator, _ a: ArrayOperand, _ b: ArrayOperand) throws -> Value {
        let (x, y) = try operands(a, b, nil)
        let shape = try broadcastShape(x.shape, y.shape)
        let n = shape.reduce(1, *)
        var result = [Int](repeating: 0, count: n)
        for i in 0..<n {
            let p = x.double(sourceIndex(i, resultShape: shape, operandShape: x.shape))
            let q = y.double(sourceIndex(i, resultShape: shape, operandShape: y.shape))
            let truth: Bool
            switch op {
            case .less: truth = p < q
            case .lessEqual: truth = p <= q
            case .greater: truth = p > q
            case .greaterEqual: truth = p >= q
            case .equal: truth = p == q
            case .notEqual: truth = p != q
            default: truth = false
            }
            result[i] = truth ? 1 : 0
        }
        return .ndarray(NDArray(ints: result, shape: shape, isBool: true))
    }

    /// `np.dot`: inner product of vectors, matrix-vector and matrix-matrix products.
    static func dot(_ x: NDArray, _ y: NDArray) throws -> Value {
        if x.shape.count <= 1 && y.shape.count <= 1 {
            if x.shape.isEmpty || y.shape.isEmpty { return try binary(.multiply, .array(x), .array(y), nil) }
            guard x.count == y.count else {
                throw RuntimeError.valueError("shapes (\(x.count),) and (\(y.count),) not aligned: \(x.count) (dim 0) "
                    + "!= \(y.count) (dim 0)")
            }
            if x.dtype != .float64 && y.dtype != .float64 {
                var total = 0
                for i in 0..<x.count {
                    let (p, o1) = x.integer(i).multipliedReportingOverflow(by: y.integer(i))
                    let (s, o2) = total.addingReportingOverflow(p)
                    if o1 || o2 { throw RuntimeError.overflow() }
                    total = s
                }
                return .int(total)
            }
            var total = 0.0
            for i in 0..<x.count { total += x.double(i) * y.double(i) }
            return .float(total)
        }
        let xr = x.shape.count == 1 ? 1 : x.shape[0], xc = x.shape.last ?? 1
        let yr = y.shape[0], yc = y.shape.count == 1 ? 1 : y.shape[1]
        guard xc == yr else { throw RuntimeError.valueError("shapes not aligned: \(xc) != \(yr)") }
        var result = [Double](repeating: 0, count: xr * yc)
        for i in 0..<xr {
            for j in 0..<yc {
                var s = 0.0
                for k in 0..<xc { s += x.double(i * xc + k) * y.double(k * yc + j) }
                result[i * yc + j] = s
            }
        }
        var shape = [xr, yc]
        if x.shape.count == 1 { shape = [yc] } else if y.shape.count == 1 { shape = [xr] }
        return .ndarray(NDArray(floats: result, shape: shape))
    }
}
