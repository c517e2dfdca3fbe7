import PXNumeric

// MARK: - digitize, interp, convolve, correlate, cross

extension NumpyModule {
    /// `digitize`, `interp`, `convolve`, `correlate` and `cross`, step for step as numpy's code takes them.
    static func installInterpolation(into r: Registry) {
        function(r, "digitize", "Return the indices of the bins to which each value in input array belongs.",
                 ["x", "bins", "right"], required: 2) { p, vm in
            let bins = try p.array("bins", vm)
            let edges = try bins.doubles()
            let increasing = zip(edges, edges.dropFirst()).allSatisfy { $0 <= $1 }
            let decreasing = zip(edges, edges.dropFirst()).allSatisfy { $0 >= $1 }
            guard increasing || decreasing else {
                throw RuntimeError.valueError("bins must be monotonically increasing or decreasing")
            }
            let x = try p.array("x", vm)
            // numpy: searchsorted with side 'right' unless right=True, over reversed bins when decreasing.
            let right = !p.bool("right", default: false)
            if increasing { return ArrayConversion.result(try bins.searchSorted(x, right: right)) }
            let reversed = try bins.flipped()
            let positions = try reversed.searchSorted(x, right: right)
            return ArrayConversion.result(try NDArray.binary(.subtract, .scalar(ArrayScalar(Int64(edges.count)), isWeak: true),
                                                             .array(positions)))
        }
        function(r, "interp", "One-dimensional linear interpolation for monotonically increasing sample points.",
                 ["x", "xp", "fp", "left", "right", "period"], required: 3) { p, vm in
            let xp = try p.array("xp", vm).doubles(), fp = try p.array("fp", vm).doubles()
            guard !xp.isEmpty else { throw RuntimeError.valueError("array of sample points is empty") }
            guard xp.count == fp.count else { throw RuntimeError.valueError("fp and xp are not of the same length.") }
            let left = try p.double("left", default: fp[0]), right = try p.double("right", default: fp[fp.count - 1])
            let x = try p.array("x", vm)
            let values = try x.doubles().map { interpolate($0, xp, fp, left: left, right: right) }
            return ArrayConversion.result(NDArray(doubles: values, shape: x.shape))
        }
        for name in ["convolve", "correlate"] {
            function(r, name, name == "convolve" ? "Returns the discrete, linear convolution of two one-dimensional sequences."
                     : "Cross-correlation of two 1-dimensional sequences.", ["a", "v", "mode"], required: 2) { p, vm in
                var a = try p.array("a", vm).atLeast(1), v = try p.array("v", vm).atLeast(1)
                let mode = try p.given("mode").map { try StringMethods.string($0, "mode must be a string") }
                    ?? (name == "convolve" ? "full" : "valid")
                if name == "convolve" {
                    guard a.count > 0 else { throw RuntimeError.valueError("a cannot be empty") }
                    guard v.count > 0 else { throw RuntimeError.valueError("v cannot be empty") }
                    if v.count > a.count { swap(&a, &v) }
                    v = try v.flipped()
                }
                guard ["valid", "same", "full"].contains(mode) else {
                    throw RuntimeError.valueError("mode must be one of 'valid', 'same', or 'full' (got \(ValueFormatter.repr(.str(mode), nil)))")
                }
                return .ndarray(try correlate(a, v, mode: mode))
            }
        }
        function(r, "cross", "Return the cross product of two (arrays of) vectors.", ["a", "b", "axisa", "axisb", "axisc", "axis"],
                 required: 2) { p, vm in
            try cross(try p.array("a", vm), try p.array("b", vm))
        }
    }

    /// numpy's `interp` kernel for one point: the neighbours' line, from the right neighbour when that gives
    /// NaN, a sample point's own value where it is hit exactly.
    static func interpolate(_ x: Double, _ xp: [Double], _ fp: [Double], left: Double, right: Double) -> Double {
        if x.isNaN { return x }
        let last = xp.count - 1
        if x > xp[last] { return right }
        if x < xp[0] { return left }
        if x == xp[last] { return fp[last] }
        // The last j with xp[j] <= x.
        var low = 0, high = last
        while high - low > 1 {
            let mid = (low + high) / 2
            if xp[mid] <= x { low = mid } else { high = mid }
        }
        let j = low
        if xp[j] == x { return fp[j] }
        let slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j])
        var y = slope * (x - xp[j]) + fp[j]
        if y.isNaN {
            y = slope * (x - xp[j + 1]) + fp[j + 1]
            if y.isNaN && fp[j] == fp[j + 1] { y = fp[j] }
        }
        return y
    }

    /// numpy's `correlate2`: `out[k] = Σ a[k - left + j] * v[j]` over the overlap, `left` by mode (0 for valid,
    /// `n / 2` for same, `n - 1` for full), in the promoted dtype.
    static func correlate(_ a: NDArray, _ v: NDArray, mode: String) throws -> NDArray {
        let dtype = DType.promote(a.dtype, v.dtype)
        var (x, y) = (try a.converted(to: dtype), try v.converted(to: dtype))
        let swapped = x.count < y.count
        if swapped { swap(&x, &y) }
        let n1 = x.count, n = y.count
        let left: Int, length: Int
        switch mode {
        case "valid": (left, length) = (0, n1 - n + 1)
        case "same": (left, length) = (n / 2, n1)
        default: (left, length) = (n - 1, n1 + n - 1)
        }
        let products = try (0..<length).map { k -> NDArray in
            let start = Swift.max(0, left - k), stop = Swift.min(n, n1 - k + left)
            guard start < stop else { return try NDArray.zeros(shape: [], dtype: dtype) }
            let xs = try slice(x, k - left + start, k - left + stop), ys = try slice(y, start, stop)
            return try NDArray.dot(xs, ys)
        }
        let out = try NDArray.stack(products.isEmpty ? [] : products, axis: 0)
        return swapped ? try out.flipped() : out
    }

    /// `a[start:stop]` of a 1-D array.
    static func slice(_ a: NDArray, _ start: Int, _ stop: Int) throws -> NDArray {
        guard case .array(let view) = try a.read([.slice(start: start, stop: stop, step: nil)]) else { return a }
        return view
    }

    /// `cross(a, b)` of vectors along the last axis (2 or 3 components; 2-D vectors give the z component).
    static func cross(_ a: NDArray, _ b: NDArray) throws -> Value {
        let na = a.shape.last ?? 0, nb = b.shape.last ?? 0
        guard [2, 3].contains(na) && [2, 3].contains(nb) else {
            throw RuntimeError.valueError("incompatible dimensions for cross product\n(dimension must be 2 or 3)")
        }
        func component(_ x: NDArray, _ i: Int) throws -> Operand {
            guard i < (x.shape.last ?? 0) else { return .scalar(ArrayScalar(Int64(0)), isWeak: true) }
            guard case .array(let c) = try x.read([.ellipsis, .integer(i)]) else {
                return .scalar(x.scalar(at: [i]), isWeak: false)
            }
            return .array(c)
        }
        func term(_ i: Int, _ j: Int) throws -> NDArray {
            // a[i] * b[j] - a[j] * b[i]
            try NDArray.binary(.subtract, .array(try NDArray.binary(.multiply, try component(a, i), try component(b, j))),
                               .array(try NDArray.binary(.multiply, try component(a, j), try component(b, i))))
        }
        if na == 2 && nb == 2 { return ArrayConversion.result(try term(0, 1)) }
        let parts = [try term(1, 2), try term(2, 0), try term(0, 1)]
        let shape = try Shape.broadcast(parts.map(\.shape))
        return .ndarray(try NDArray.stack(try parts.map { try $0.broadcast(to: shape) }, axis: shape.count))
    }
}
