import PXNumeric

/// The methods of `np.random.Generator`, with numpy's arguments, results and error texts.
extension GeneratorObject {
    /// Calls method `name`.
    func call(_ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value {
        switch name {
        case "random":
            let p = try NumpyArguments(args, name, ["size", "dtype", "out"], required: 0)
            let size = try RandomDraws.size(p)
            switch try p.dtype("dtype") ?? .float64 {
            case .float64: return try RandomDraws.floats(size) { generator.random() }
            case .float32:
                guard let size else { return .float(Double(generator.randomFloat32(1)[0])) }
                return .ndarray(NDArray(floats: generator.randomFloat32(try RandomDraws.count(size)), shape: size))
            case let other: throw RuntimeError.typeError("Unsupported dtype dtype('\(other.name)') for random")
            }
        case "standard_normal":
            let p = try NumpyArguments(args, name, ["size", "dtype", "out"], required: 0)
            let size = try RandomDraws.size(p)
            switch try p.dtype("dtype") ?? .float64 {
            case .float64: return try RandomDraws.floats(size) { generator.standardNormal() }
            case .float32:
                guard let size else { return .float(Double(generator.standardNormalFloat32())) }
                let n = try RandomDraws.count(size)
                return .ndarray(NDArray(floats: (0..<n).map { _ in generator.standardNormalFloat32() }, shape: size))
            case let other: throw RuntimeError.typeError("Unsupported dtype dtype('\(other.name)') for standard_normal")
            }
        case "normal":
            let p = try NumpyArguments(args, name, ["loc", "scale", "size"], required: 0)
            let loc = p.given("loc") ?? .float(0), scale = p.given("scale") ?? .float(1)
            return try RandomDraws.continuous([loc, scale], size: try RandomDraws.size(p), vm,
                                              check: { try RandomDraws.nonNegative($0[1], "scale") }) {
                generator.normal(loc: $0[0], scale: $0[1])
            }
        case "uniform":
            let p = try NumpyArguments(args, name, ["low", "high", "size"], required: 0)
            let low = p.given("low") ?? .float(0), high = p.given("high") ?? .float(1)
            let scalars = !RandomDraws.isArrayLike(low) && !RandomDraws.isArrayLike(high)
            return try RandomDraws.continuous([low, high], size: try RandomDraws.size(p), vm, check: { columns in
                let ranges = zip(columns[0], columns[1]).map { $1 - $0 }
                if ranges.contains(where: { !$0.isFinite }) {
                    throw RuntimeError.overflow(scalars ? "high - low range exceeds valid bounds" : "Range exceeds valid bounds")
                }
                try RandomDraws.nonNegative(ranges, "high - low")
            }) { generator.uniform(low: $0[0], range: $0[1] - $0[0]) }
        case "integers":
            return try integers(args)
        case "choice":
            return try choice(args, vm)
        case "shuffle", "permutation":
            let p = try NumpyArguments(args, name, ["x", "axis"])
            let x = p["x"] ?? .none
            let axis = try p.int("axis", default: 0)
            if name == "permutation", !RandomDraws.isArrayLike(x), let n = try? NumpyArguments.integer(x) {
                return .ndarray(NDArray(ints: generator.permutation(n), shape: [max(0, n)]))
            }
            if case .ndarray(let a) = x, name == "shuffle" {
                try shuffle(a, axis: axis, vm)
                return .none
            }
            if name == "shuffle" {
                guard axis == 0 else {
                    throw RuntimeError(BuiltinTypes.notImplementedError, "Axis argument is only supported on ndarray objects")
                }
                try RandomDraws.shuffle(x, vm) { count, swap in generator.shuffle(count: count, swap: swap) }
                return .none
            }
            let copy = try numeric { try ArrayConversion.asArray(x, vm).copy() }
            try shuffle(copy, axis: axis, vm)
            return .ndarray(copy)
        default:
            throw RuntimeError.attributeError("'numpy.random._generator.Generator' object has no attribute '\(name)'")
        }
    }

    /// Shuffles `a` in place along `axis` (a view with that axis first, shuffled by rows).
    func shuffle(_ a: NDArray, axis: Int, _ vm: Interpreter) throws {
        let resolved = try numeric { try Shape.normalize(axis: axis, ndim: a.ndim) }
        let view = resolved == 0 ? a : try numeric { try a.swappingAxes(0, resolved) }
        try RandomDraws.shuffle(.ndarray(view), vm) { count, swap in generator.shuffle(count: count, swap: swap) }
    }

    /// `integers(low, high=None, size=None, dtype=np.int64, endpoint=False)`: numpy scalars without `size`
    /// (Python ints and bools for `dtype=int` and `dtype=bool`).
    func integers(_ args: Arguments) throws -> Value {
        let p = try NumpyArguments(args, "integers", ["low", "high", "size", "dtype", "endpoint"])
        var low = try NumpyArguments.integer(p["low"] ?? .none)
        var high: Int
        if let h = p.given("high") {
            high = try NumpyArguments.integer(h)
        } else {
            high = low
            low = 0
        }
        let endpoint = p.bool("endpoint", default: false)
        let size = try RandomDraws.size(p)
        let dtypeValue = p.given("dtype")
        let dtype = try dtypeValue.flatMap { try NumpyTypes.dtype(from: $0) } ?? .int64
        let count = size.map { $0.reduce(1, *) } ?? 1
        let shape = size ?? []
        func python(_ t: TypeObject) -> Bool {
            if case .type(let given) = dtypeValue { return given === t }
            return false
        }
        return try numeric { () throws(NumericError) -> Value in
            switch dtype {
            case .bool:
                let drawn = try generator.integersBool(low: low, high: high, count: count, endpoint: endpoint)
                if size == nil { return python(BuiltinTypes.bool) ? .bool(drawn[0]) : .scalar(ArrayScalar(drawn[0])) }
                return .ndarray(NDArray(bools: drawn, shape: shape))
            case .int32:
                let drawn = try generator.integers32(low: low, high: high, count: count, endpoint: endpoint)
                if size == nil { return .scalar(ArrayScalar(drawn[0])) }
                return .ndarray(NDArray(int32s: drawn, shape: shape))
            case .int64:
                let drawn = try generator.integers(low: low, high: high, count: count, endpoint: endpoint)
                if size == nil { return python(BuiltinTypes.int) ? .int(drawn[0]) : .scalar(ArrayScalar(drawn[0])) }
                return .ndarray(NDArray(ints: drawn, shape: shape))
            case .float64, .float32, .complex128:
                throw .type("Unsupported dtype dtype('\(dtype.name)') for integers")
            }
        }
    }

    /// `choice(a, size=None, replace=True, p=None, axis=0, shuffle=True)`.
    func choice(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        let p = try NumpyArguments(args, "choice", ["a", "size", "replace", "p", "axis", "shuffle"])
        let population = try RandomDraws.population(p["a"] ?? .none, axis: try p.int("axis", default: 0), legacy: false, vm)
        let probabilities = try RandomDraws.probabilities(p["p"], legacy: false, vm)
        let size = try RandomDraws.size(p)
        let count = size.map { $0.reduce(1, *) } ?? 1
        let indices = try numeric {
            try generator.choiceIndices(population: population.count, fromInt: population.array == nil, count: count,
                                        replace: p.bool("replace", default: true),
                                        probabilities: probabilities?.values, tolerance: probabilities?.tolerance ?? 0,
                                        shuffled: p.bool("shuffle", default: true))
        }
        return try RandomDraws.chosen(indices, population, size: size)
    }
}
