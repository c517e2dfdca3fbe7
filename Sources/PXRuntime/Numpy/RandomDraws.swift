import PXNumeric

/// What numpy's two random objects (`RandomState` and `Generator`) share in the runtime: `size=` handling,
/// results shaped as numpy returns them, distributions with broadcast parameters, shuffles of arrays and lists,
/// and the arguments of `choice`.
enum RandomDraws {
    /// `size=`: nil for None (one scalar), else the shape.
    /// - Throws: `ValueError: negative dimensions are not allowed`, `MemoryError`.
    static func size(_ p: NumpyArguments, _ name: String = "size") throws -> [Int]? {
        guard let v = p.given(name) else { return nil }
        let dims = try NumpyArguments.shape(v)
        _ = try count(dims)
        return dims
    }

    /// The number of elements of `dims`, checked against the memory guard.
    static func count(_ dims: [Int]) throws -> Int {
        let n = try numeric { try Shape.validate(dims, itemSize: 8) }
        try Operations.checkAllocation(n, 8)
        return n
    }

    /// Floats drawn one by one: a Python float without `size`, else a float64 array.
    static func floats(_ dims: [Int]?, _ draw: () -> Double) throws -> Value {
        guard let dims else { return .float(draw()) }
        let n = try count(dims)
        return .ndarray(NDArray(doubles: (0..<n).map { _ in draw() }, shape: dims))
    }

    /// A distribution of numpy's `cont()`: parameters that broadcast against each other and against `size`,
    /// one draw per output element in C order; scalar parameters and no `size` give a Python float.
    /// - Parameters:
    ///   - parameters: the parameter values (numbers or arrays), converted to float64.
    ///   - check: validates each parameter array (numpy's `CONS_*` checks), throwing numpy's `ValueError`.
    ///   - draw: one value from the parameters of one element.
    static func continuous(
        _ parameters: [Value], size: [Int]?, _ vm: Interpreter, check: ([[Double]]) throws -> Void = { _ in },
        draw: ([Double]) -> Double
    ) throws -> Value {
        let arrays = try parameters.map { try ArrayConversion.asArray($0, vm) }
        let allScalar = arrays.allSatisfy { $0.ndim == 0 }
        if allScalar {
            let values = try numeric { try arrays.map { try $0.doubles()[0] } }
            try check(values.map { [$0] })
            return try floats(size) { draw(values) }
        }
        let shape = try numeric { () throws(NumericError) -> [Int] in
            let broadcast = try Shape.broadcast(arrays.map(\.shape))
            guard let size else { return broadcast }
            guard try Shape.broadcast(broadcast, size) == size else {
                throw .value("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between "
                    + "arg 0 with shape \(Shape.describe(size)) and arg 1 with shape \(Shape.describe(broadcast)).")
            }
            return size
        }
        let n = try count(shape)
        let columns = try numeric { try arrays.map { try $0.converted(to: .float64).broadcast(to: shape).doubles() } }
        try check(columns)
        var values = [Double](repeating: 0, count: columns.count)
        let drawn = (0..<n).map { i -> Double in
            for k in columns.indices { values[k] = columns[k][i] }
            return draw(values)
        }
        return .ndarray(NDArray(doubles: drawn, shape: shape))
    }

    /// numpy's `CONS_NON_NEGATIVE` check: `ValueError: NAME < 0`.
    static func nonNegative(_ values: [Double], _ name: String) throws {
        if values.contains(where: { $0 < 0 }) { throw RuntimeError.valueError("\(name) < 0") }
    }

    // MARK: - Shuffles

    /// `shuffle(x)` in place along the first axis: rows of an array, items of a list, with the swap sequence
    /// `swaps` makes (`count`, then `swap(i, j)` from the last position down).
    static func shuffle(_ x: Value, _ vm: Interpreter, swaps: (Int, (Int, Int) -> Void) -> Void) throws {
        switch x {
        case .ndarray(let a):
            guard a.ndim > 0 else { throw RuntimeError.typeError("object of type 'numpy.ndarray' has no len()") }
            guard a.isWritable else { throw RuntimeError.valueError("assignment destination is read-only") }
            var failure: NumericError?
            swaps(a.shape[0]) { i, j in
                do throws(NumericError) { try a.swapRows(i, j) } catch { failure = error }
            }
            if let failure { throw RuntimeError(failure) }
        case .list(let list):
            swaps(list.items.count) { list.items.swapAt($0, $1) }
        default:
            let n = try Operations.length(x, vm)
            var failure: Error?
            swaps(n) { i, j in
                do {
                    let a = try Operations.item(x, .int(i), vm), b = try Operations.item(x, .int(j), vm)
                    try Operations.setItem(x, .int(i), b, vm)
                    try Operations.setItem(x, .int(j), a, vm)
                } catch { failure = error }
            }
            if let failure { throw failure }
        }
    }

    // MARK: - choice

    /// The population of `choice(a, …)`: its size, and the array to take from (nil when `a` is an int).
    struct Population {
        let count: Int
        let array: NDArray?
        let axis: Int
    }

    /// Reads `a` (and `p`) as `choice` does.
    /// - Parameters:
    ///   - legacy: `RandomState`'s texts (else `Generator`'s).
    static func population(_ a: Value, axis: Int, legacy: Bool, _ vm: Interpreter) throws -> Population {
        if let n = try? NumpyArguments.integer(a), !isArrayLike(a) {
            return Population(count: n, array: nil, axis: 0)
        }
        let array = try ArrayConversion.asArray(a, vm)
        if array.ndim == 0 {
            if array.dtype.isInteger { return Population(count: Int(array.scalar(at: []).int64Value), array: nil, axis: 0) }
            throw RuntimeError.valueError(legacy ? "a must be 1-dimensional or an integer"
                : "a must be a sequence or an integer, not <class '\(a.typeName)'>")
        }
        if legacy && array.ndim != 1 { throw RuntimeError.valueError("a must be 1-dimensional") }
        let resolved = try numeric { try Shape.normalize(axis: axis, ndim: array.ndim) }
        return Population(count: array.shape[resolved], array: array, axis: resolved)
    }

    static func isArrayLike(_ v: Value) -> Bool {
        switch v {
        case .ndarray, .list, .tuple, .range: return true
        default: return false
        }
    }

    /// `p=` as doubles, with its tolerance (`sqrt(eps)` of float64, or of float32 for a float32 array).
    static func probabilities(_ p: Value?, legacy: Bool, _ vm: Interpreter) throws -> (values: [Double], tolerance: Double)? {
        guard let p, !p.isNone else { return nil }
        let array = try ArrayConversion.asArray(p, vm)
        var tolerance = Double.ulpOfOne.squareRoot()
        if case .ndarray = p, array.dtype == .float32 { tolerance = max(tolerance, Double(Float.ulpOfOne.squareRoot())) }
        guard array.ndim == 1 else {
            throw RuntimeError.valueError(legacy ? "'p' must be 1-dimensional" : "p must be 1-dimensional")
        }
        return (try numeric { try array.doubles() }, tolerance)
    }

    /// The result of `choice`: the indices themselves when `a` was an int, else `a.take(indices, axis)`; a
    /// scalar without `size`.
    static func chosen(_ indices: [Int], _ population: Population, size: [Int]?) throws -> Value {
        guard let array = population.array else {
            guard let size else { return .int(indices[0]) }
            return .ndarray(NDArray(ints: indices, shape: size))
        }
        let shape = size ?? []
        let index = NDArray(ints: indices, shape: shape)
        var items = [IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: population.axis)
        items.append(.array(index))
        return try numeric { () throws(NumericError) -> Value in
            switch try array.read(items) {
            case .scalar(let s): return .scalar(s)
            case .array(let r): return size == nil && r.ndim == 0 ? .scalar(r.scalar(at: [])) : .ndarray(r)
            }
        }
    }
}
