/// The routines numpy writes in Python over its LAPACK wrappers: `matrix_rank`, `pinv`, `matrix_power`, `cond`,
/// `multi_dot`, each step as numpy takes it so that the results carry numpy's digits.
extension LinearAlgebra {
    /// `matrix_rank(A, tol)`: per matrix, the count of singular values above `tol` (default `S.max() * max(M, N) *
    /// eps`); for 1-D (or 0-d) input a 0-d 1 unless every element is zero (numpy returns that as a Python int).
    /// - Throws: the `svd` errors.
    public static func matrixRank(_ a: NDArray, tolerance: Double? = nil) throws(NumericError) -> NDArray {
        guard a.ndim >= 2 else { return NDArray(int64s: [try a.doubles().contains { $0 != 0 } ? 1 : 0], shape: []) }
        let s = try svd(a, computeUV: false).s
        let float32 = s.dtype == .float32
        let eps = float32 ? Double(Float.ulpOfOne) : Double.ulpOfOne
        let rtol = Double(Swift.max(a.shape[a.ndim - 2], a.shape[a.ndim - 1])) * eps
        let ranks = try lanes(of: s).map { lane in
            // S.max(axis=-1, initial=0) * rtol, in S's dtype.
            let threshold = tolerance ?? product(lane.max() ?? 0, rtol, float32: float32)
            return Int64(lane.filter { $0 > threshold }.count)
        }
        return NDArray(int64s: ranks, shape: a.stackShape)
    }

    /// The last-axis lanes of a stack of vectors (one empty lane per vector when the axis is empty).
    static func lanes(of s: NDArray) throws(NumericError) -> [[Double]] {
        let k = s.shape[s.ndim - 1], count = s.shape.dropLast().reduce(1, *)
        let values = try s.doubles()
        return (0..<count).map { i in Array(values[(i * k)..<((i + 1) * k)]) }
    }

    /// `pinv(a, rcond=1e-15)`: `vt.T @ (s⁻¹[..., None] * u.T)` over the singular values above the cutoff.
    /// - Throws: the `svd` errors.
    public static func pseudoInverse(_ a: NDArray, rcond: Double = 1e-15) throws(NumericError) -> NDArray {
        try requireStacked(a)
        let m = a.shape[a.ndim - 2], n = a.shape[a.ndim - 1]
        let dtype = resultType(a)
        if m == 0 || n == 0 { return try NDArray.zeros(shape: a.stackShape + [n, m], dtype: a.dtype) }
        let (u, s, vt) = try svd(a, fullMatrices: false)
        guard let u, let vt else { return s }
        let k = s.shape[s.ndim - 1]
        // The cutoff is a float64 product (rcond is a float64 array); 1/s is taken in s's dtype.
        let inverted = try lanes(of: s).flatMap { lane in
            let cutoff = rcond * (lane.max() ?? 0)
            return lane.map { $0 > cutoff ? (dtype == .float32 ? Double(1 / Float($0)) : 1 / $0) : 0 }
        }
        let last = a.ndim - 1
        let sColumn = try NDArray.stacking(inverted, shape: a.stackShape + [k, 1], dtype: dtype)
        let scaledUT = try NDArray.binary(.multiply, .array(sColumn), .array(try u.swappingAxes(last - 1, last)))
        return try NDArray.matmul(try vt.swappingAxes(last - 1, last), scaledUT)
    }

    /// `matrix_power(a, n)`: numpy's binary decomposition of `n` over `matmul` (an inverse first for `n < 0`,
    /// the identity in `a`'s dtype for 0).
    /// - Throws: the shape errors, `LinAlgError: Singular matrix`.
    public static func matrixPower(_ a: NDArray, _ exponent: Int) throws(NumericError) -> NDArray {
        try requireSquare(a)
        var a = a, n = exponent
        if n == 0 {
            let identity = try NDArray.eye(a.shape[a.ndim - 1], dtype: a.dtype)
            return try identity.broadcast(to: a.shape).copy()
        }
        if n < 0 {
            a = try inverse(a)
            n = -n
        }
        switch n {
        case 1: return a
        case 2: return try NDArray.matmul(a, a)
        case 3: return try NDArray.matmul(try NDArray.matmul(a, a), a)
        default: break
        }
        var z: NDArray?, result: NDArray?
        while n > 0 {
            let square = try z.map { z throws(NumericError) in try NDArray.matmul(z, z) } ?? a
            z = square
            if n % 2 == 1 {
                result = try result.map { r throws(NumericError) in try NDArray.matmul(r, square) } ?? square
            }
            n /= 2
        }
        return result ?? a
    }

    /// `cond(x, p)`: the ratio of extreme singular values for p None, 2, -2; else `norm(x, p) * norm(inv(x), p)`;
    /// inf where that is NaN but `x` holds no NaN.
    /// - Throws: `LinAlgError: cond is not defined on empty arrays`, the shape errors.
    public static func conditionNumber(_ x: NDArray, order: NormOrder?) throws(NumericError) -> NDArray {
        try requireStacked(x)
        if x.shape[x.ndim - 2] == 0 || x.shape[x.ndim - 1] == 0 {
            throw .linAlg("cond is not defined on empty arrays")
        }
        let r: NDArray
        if order == nil || order == .number(2) || order == .number(-2) {
            let s = try svd(x, computeUV: false).s
            let ratios = try lanes(of: s).map { lane in
                let (top, bottom) = order == .number(-2) ? (lane[lane.count - 1], lane[0]) : (lane[0], lane[lane.count - 1])
                return s.dtype == .float32 ? Double(Float(top) / Float(bottom)) : top / bottom
            }
            r = try NDArray.stacking(ratios, shape: x.stackShape, dtype: s.dtype)
        } else {
            try requireSquare(x)
            let inverted = try inverseIgnoringSingular(x)
            let axes = [x.ndim - 2, x.ndim - 1]
            r = try NDArray.binary(.multiply, .array(try norm(x, order: order, axes: axes)),
                                   .array(try norm(inverted, order: order, axes: axes))).converted(to: resultType(x))
        }
        let values = try r.doubles()
        guard values.contains(where: \.isNaN) else { return r }
        let matrixHasNaN = try x.matrices().map { $0.elements.contains(where: \.isNaN) }
        let fixed = zip(values, matrixHasNaN).map { value, hasNaN in value.isNaN && !hasNaN ? Double.infinity : value }
        return try NDArray.stacking(fixed, shape: r.shape, dtype: r.dtype)
    }

    /// numpy's `_umath_linalg.inv` under `errstate(all='ignore')`: a singular matrix gives NaNs, not an error.
    static func inverseIgnoringSingular(_ a: NDArray) throws(NumericError) -> NDArray {
        let n = a.shape[a.ndim - 1]
        var inverses: [Matrix] = []
        for m in try a.matrices() {
            do {
                inverses.append(try inverse(m))
            } catch where error.kind == .linAlgError {
                inverses.append(Matrix(rows: n, columns: n, elements: [Double](repeating: .nan, count: n * n)))
            }
        }
        return try NDArray.stacking(inverses, stack: a.stackShape, rows: n, columns: n, dtype: resultType(a))
    }

    /// `multi_dot(arrays)`: `dot` in the cheapest order (numpy's cost of three, its matrix-chain order for
    /// more); a 1-D first array is a row, a 1-D last a column, and the result drops those axes again.
    /// - Throws: `ValueError: Expecting at least two arrays.`, `LinAlgError: 3-dimensional array given. Array
    ///   must be two-dimensional`, `dot`'s errors.
    public static func multiDot(_ arrays: [NDArray]) throws(NumericError) -> NDArray {
        guard arrays.count >= 2 else { throw .value("Expecting at least two arrays.") }
        if arrays.count == 2 { return try NDArray.dot(arrays[0], arrays[1]) }
        var chain = arrays
        let firstIsVector = chain[0].ndim == 1, lastIsVector = chain[chain.count - 1].ndim == 1
        if firstIsVector { chain[0] = chain[0].atLeast(2) }
        if lastIsVector { chain[chain.count - 1] = try chain[chain.count - 1].atLeast(2).transposed() }
        for array in chain where array.ndim != 2 {
            throw .linAlg("\(array.ndim)-dimensional array given. Array must be two-dimensional")
        }
        let result: NDArray
        if chain.count == 3 {
            let (a, b, c) = (chain[0], chain[1], chain[2])
            let cost1 = a.shape[0] * c.shape[0] * (a.shape[1] + c.shape[1])
            let cost2 = a.shape[1] * c.shape[1] * (a.shape[0] + c.shape[0])
            result = cost1 < cost2 ? try NDArray.dot(try NDArray.dot(a, b), c) : try NDArray.dot(a, try NDArray.dot(b, c))
        } else {
            let order = chainOrder(chain.map(\.shape))
            result = try chainProduct(chain, order, 0, chain.count - 1)
        }
        if firstIsVector && lastIsVector { return try result.reshaped([]) }
        if firstIsVector || lastIsVector { return try result.raveled() }
        return result
    }

    /// numpy's `_multi_dot_matrix_chain_order`: where to split each sub-chain.
    static func chainOrder(_ shapes: [[Int]]) -> [[Int]] {
        let n = shapes.count
        let p = shapes.map { $0[0] } + [shapes[n - 1][1]]
        var cost = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        var split = [[Int]](repeating: [Int](repeating: 0, count: n), count: n)
        for l in 1..<n {
            for i in 0..<(n - l) {
                let j = i + l
                cost[i][j] = .infinity
                for k in i..<j {
                    let q = cost[i][k] + cost[k + 1][j] + Double(p[i] * p[k + 1] * p[j + 1])
                    if q < cost[i][j] {
                        cost[i][j] = q
                        split[i][j] = k
                    }
                }
            }
        }
        return split
    }

    static func chainProduct(_ arrays: [NDArray], _ order: [[Int]], _ i: Int, _ j: Int) throws(NumericError) -> NDArray {
        if i == j { return arrays[i] }
        return try NDArray.dot(try chainProduct(arrays, order, i, order[i][j]),
                               try chainProduct(arrays, order, order[i][j] + 1, j))
    }
}

/// `a * b` in float32 when `float32` (numpy multiplies float32 arrays in float32), else in double.
private func product(_ a: Double, _ b: Double, float32: Bool) -> Double {
    float32 ? Double(Float(a) * Float(b)) : a * b
}
