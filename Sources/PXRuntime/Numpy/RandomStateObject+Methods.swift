import PXNumeric

/// The methods of `np.random.RandomState` (and the functions of `np.random`), with numpy's arguments, results
/// and error texts.
extension RandomStateObject {
    /// Calls method `name`.
    func call(_ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value {
        switch name {
        case "seed":
            let p = try NumpyArguments(args, "seed", ["seed"], required: 0)
            state = try RandomStateObject.seeded(p["seed"] ?? .none, vm)
            return .none
        case "rand", "randn":
            guard args.keywords.isEmpty else {
                throw RuntimeError.typeError("\(name)() got an unexpected keyword argument '\(args.keywords[0].name)'")
            }
            let dims = args.positional.isEmpty ? nil : try args.positional.map(NumpyArguments.integer)
            if let dims { _ = try RandomDraws.count(dims) }
            return try RandomDraws.floats(dims) { name == "rand" ? state.randomSample() : state.gauss() }
        case "random", "random_sample", "sample", "ranf":
            let p = try NumpyArguments(args, name, ["size"], required: 0)
            return try RandomDraws.floats(try RandomDraws.size(p)) { state.randomSample() }
        case "standard_normal":
            let p = try NumpyArguments(args, name, ["size"], required: 0)
            return try RandomDraws.floats(try RandomDraws.size(p)) { state.gauss() }
        case "uniform":
            let p = try NumpyArguments(args, name, ["low", "high", "size"], required: 0)
            let low = p.given("low") ?? .float(0), high = p.given("high") ?? .float(1)
            return try RandomDraws.continuous([low, high], size: try RandomDraws.size(p), vm, check: { columns in
                if zip(columns[0], columns[1]).contains(where: { !($1 - $0).isFinite }) {
                    throw RuntimeError.overflow("Range exceeds valid bounds")
                }
            }) { state.uniform(low: $0[0], range: $0[1] - $0[0]) }
        case "normal":
            let p = try NumpyArguments(args, name, ["loc", "scale", "size"], required: 0)
            let loc = p.given("loc") ?? .float(0), scale = p.given("scale") ?? .float(1)
            return try RandomDraws.continuous([loc, scale], size: try RandomDraws.size(p), vm,
                                              check: { try RandomDraws.nonNegative($0[1], "scale") }) {
                state.normal(loc: $0[0], scale: $0[1])
            }
        case "randint":
            return try randint(args, vm)
        case "choice":
            return try choice(args, vm)
        case "shuffle":
            let p = try NumpyArguments(args, name, ["x"])
            try RandomDraws.shuffle(p["x"] ?? .none, vm) { count, swap in state.shuffle(count: count, swap: swap) }
            return .none
        case "permutation":
            let p = try NumpyArguments(args, name, ["x"])
            let x = p["x"] ?? .none
            if !RandomDraws.isArrayLike(x), let n = try? NumpyArguments.integer(x) {
                return .ndarray(NDArray(ints: state.permutation(n), shape: [max(0, n)]))
            }
            let array = try ArrayConversion.asArray(x, vm)
            guard array.ndim >= 1 else { throw RuntimeError.indexError("x must be an integer or at least 1-dimensional") }
            let copy = try numeric { try array.copy() }
            try RandomDraws.shuffle(.ndarray(copy), vm) { count, swap in state.shuffle(count: count, swap: swap) }
            return .ndarray(copy)
        default:
            throw RuntimeError.attributeError("'numpy.random.mtrand.RandomState' object has no attribute '\(name)'")
        }
    }

    /// `randint(low, high=None, size=None, dtype=int)`: Python ints (or bools) for `dtype=int`/`bool` without
    /// `size`, numpy scalars for numpy dtypes.
    func randint(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        let p = try NumpyArguments(args, "randint", ["low", "high", "size", "dtype"])
        var low = try NumpyArguments.integer(p["low"] ?? .none)
        var high: Int
        if let h = p.given("high") {
            high = try NumpyArguments.integer(h)
        } else {
            high = low
            low = 0
        }
        let size = try RandomDraws.size(p)
        let dtypeValue = p.given("dtype")
        let dtype = try dtypeValue.flatMap { try NumpyTypes.dtype(from: $0) } ?? .int64
        let count = size.map { $0.reduce(1, *) } ?? 1
        let shape = size ?? []
        return try numeric { () throws(NumericError) -> Value in
            switch dtype {
            case .bool:
                let drawn = try state.randintBool(low: low, high: high, count: count)
                if size == nil {
                    if case .type(let t) = dtypeValue, t === BuiltinTypes.bool { return .bool(drawn[0]) }
                    return .scalar(ArrayScalar(drawn[0]))
                }
                return .ndarray(NDArray(bools: drawn, shape: shape))
            case .int32:
                let drawn = try state.randint32(low: low, high: high, count: count)
                return size == nil ? .scalar(ArrayScalar(drawn[0])) : .ndarray(NDArray(int32s: drawn, shape: shape))
            case .int64:
                let drawn = try state.randint(low: low, high: high, count: count)
                if size == nil {
                    if dtypeValue == nil { return .int(drawn[0]) }
                    if case .type(let t) = dtypeValue, t === BuiltinTypes.int { return .int(drawn[0]) }
                    return .scalar(ArrayScalar(drawn[0]))
                }
                return .ndarray(NDArray(ints: drawn, shape: shape))
            case .float64, .float32, .complex128:
                throw .type("Unsupported dtype dtype('\(dtype.name)') for randint")
            }
        }
    }

    /// `choice(a, size=None, replace=True, p=None)`.
    func choice(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        let p = try NumpyArguments(args, "choice", ["a", "size", "replace", "p"])
        let population = try RandomDraws.population(p["a"] ?? .none, axis: 0, legacy: true, vm)
        let probabilities = try RandomDraws.probabilities(p["p"], legacy: true, vm)
        let size = try RandomDraws.size(p)
        let count = size.map { $0.reduce(1, *) } ?? 1
        let indices = try numeric {
            try state.choiceIndices(population: population.count, fromInt: population.array == nil, count: count,
                                    replace: p.bool("replace", default: true), probabilities: probabilities?.values,
                                    tolerance: probabilities?.tolerance ?? 0)
        }
        return try RandomDraws.chosen(indices, population, size: size)
    }
}
