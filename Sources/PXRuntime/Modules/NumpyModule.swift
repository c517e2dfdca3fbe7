#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `numpy` module (import it as `np`): array creation, elementwise functions and reductions.
enum NumpyModule {
    static func dtype(_ v: Value) throws -> NDArray.DType? {
        switch v {
        case .none: return nil
        case .type(let t) where t === BuiltinTypes.float: return .float64
        case .type(let t) where t === BuiltinTypes.int: return .int64
        case .type(let t) where t === BuiltinTypes.bool: return .bool
        case .str(let s):
            switch s {
            case "float", "float64", "f8", "d": return .float64
            case "int", "int64", "i8": return .int64
            case "bool": return .bool
            default: throw RuntimeError.typeError("data type '\(s)' not understood")
            }
        case .object(let o as DTypeObject): return o.dtype
        default: throw RuntimeError.typeError("Cannot interpret '\(ValueFormatter.repr(v))' as a data type")
        }
    }

    static func array(_ v: Value, _ vm: Interpreter) throws -> NDArray {
        if case .ndarray(let a) = v { return a }
        return try NDArray.from(v, vm)
    }

    static func elementwise(_ r: Registry, _ name: String, _ doc: String, _ f: @escaping (Double) -> Double) {
        r.registerUnary("numpy." + name, doc: doc) { v, vm in
            switch v {
            case .int, .float, .bool: return .float(f(try MathModule.real(v)))
            default: return .ndarray(try array(v, vm).map(f))
            }
        }
    }

    static func reduction(_ r: Registry, _ name: String, _ doc: String) {
        r.register("numpy." + name, doc: doc, parameters: ["a", "axis"]) { args, vm in
            try args.check(name, min: 1, max: 2, keywords: ["axis", "ddof"])
            let a = try array(args[0], vm)
            var rest = Arguments([], keywords: args.keywords)
            if args.count > 1 { rest.keywords.append(("axis", args[1])) }
            guard let result = try a.reduction(name, rest) else { return .none }
            return result
        }
    }

    static func install(into r: Registry) {
        r.declareModule("numpy", doc: "NumPy-like arrays for swiftpx: float64 and int64 arrays stored contiguously.")
        r.register("numpy.ndarray", value: .type(BuiltinTypes.ndarray))
        r.register("numpy.pi", value: .float(Double.pi))
        r.register("numpy.e", value: .float(M_E))
        r.register("numpy.inf", value: .float(.infinity))
        r.register("numpy.nan", value: .float(.nan))
        r.register("numpy.float64", value: .type(BuiltinTypes.float))
        r.register("numpy.int64", value: .type(BuiltinTypes.int))
        r.register("numpy.array", doc: "Create an array.", parameters: ["object", "dtype"]) { args, vm in
            try args.check("array", min: 1, max: 2, keywords: ["dtype"])
            let requested = try args.argument(1, "dtype").flatMap { try dtype($0) }
            return .ndarray(try NDArray.from(args[0], vm, dtype: requested))
        }
        r.register("numpy.asarray", doc: "Convert the input to an array.") { args, vm in
            try args.check("asarray", min: 1, max: 1)
            return .ndarray(try array(args[0], vm))
        }
        r.register("numpy.arange", doc: "Return evenly spaced values within a given interval.",
                   parameters: ["start", "stop", "step", "dtype"]) { args, vm in
            try args.check("arange", min: 1, max: 3, keywords: ["dtype"])
            let requested = try args.keyword("dtype").flatMap { try dtype($0) }
            let isFloat = args.positional.contains { if case .float = $0 { return true } else { return false } }
                || requested == .float64
            var start = 0.0, stop: Double, step = 1.0
            switch args.count {
            case 1: stop = try MathModule.real(args[0])
            case 2: start = try MathModule.real(args[0]); stop = try MathModule.real(args[1])
            default:
                start = try MathModule.real(args[0]); stop = try MathModule.real(args[1]); step = try MathModule.real(args[2])
            }
            if step == 0 { throw RuntimeError(BuiltinTypes.zeroDivisionError, "division by zero") }
            let span = ceil((stop - start) / step)
            guard span.isFinite else { throw RuntimeError.valueError("arange: cannot compute length") }
            let n = max(0, span > 1e12 ? Int.max : Int(span))
            try Operations.checkAllocation(n, MemoryLayout<Double>.stride)
            if isFloat { return .ndarray(NDArray(floats: (0..<n).map { start + Double($0) * step })) }
            let s = Int(start), d = Int(step)
            return .ndarray(NDArray(ints: (0..<n).map { s + $0 * d }))
        }
        r.register("numpy.linspace", doc: "Return evenly spaced numbers over a specified interval.",
                   parameters: ["start", "stop", "num", "endpoint"]) { args, vm in
            try args.check("linspace", min: 2, max: 3, keywords: ["num", "endpoint"])
            let start = try MathModule.real(args[0]), stop = try MathModule.real(args[1])
            let num = try args.argument(2, "num").map { try StringMethods.integer($0) } ?? 50
            guard num >= 0 else { throw RuntimeError.valueError("Number of samples, \(num), must be non-negative.") }
            try Operations.checkAllocation(num, MemoryLayout<Double>.stride)
            let endpoint = args.keyword("endpoint")?.isTruthy ?? true
            let divisions = endpoint ? num - 1 : num
            var values = [Double](repeating: start, count: num)
            if divisions > 0 {
                let step = (stop - start) / Double(divisions)
                for i in 0..<num { values[i] = Double(i) * step + start }
                if endpoint && num > 1 { values[num - 1] = stop }
            }
            return .ndarray(NDArray(floats: values))
        }
        for (name, fill) in [("zeros", 0.0), ("ones", 1.0)] {
            r.register("numpy." + name, doc: "Return a new array of given shape filled with \(name).",
                       parameters: ["shape", "dtype"]) { args, vm in
                try args.check(name, min: 1, max: 2, keywords: ["dtype"])
                let shape: [Int]
                switch args[0] {
                case .tuple(let t): shape = try t.map { try StringMethods.integer($0) }
                case .list(let l): shape = try l.items.map { try StringMethods.integer($0) }
                default: shape = [try StringMethods.integer(args[0])]
                }
                guard shape.allSatisfy({ $0 >= 0 }) else { throw RuntimeError.valueError("negative dimensions are not allowed") }
                var n = 1
                for d in shape {
                    let (p, o) = n.multipliedReportingOverflow(by: d)
                    if o { throw RuntimeError(BuiltinTypes.memoryError, "") }
                    n = p
                }
                try Operations.checkAllocation(n, MemoryLayout<Double>.stride)
                let kind = try args.argument(1, "dtype").flatMap { try dtype($0) } ?? .float64
                if kind == .float64 { return .ndarray(NDArray(floats: Array(repeating: fill, count: n), shape: shape)) }
                return .ndarray(NDArray(ints: Array(repeating: Int(fill), count: n), shape: shape, isBool: kind == .bool))
            }
        }
        elementwise(r, "sqrt", "Return the non-negative square-root of an array, element-wise.") { $0.squareRoot() }
        elementwise(r, "exp", "Calculate the exponential of all elements in the input array.") { Glibc.exp($0) }
        elementwise(r, "log", "Natural logarithm, element-wise.") { Glibc.log($0) }
        elementwise(r, "sin", "Trigonometric sine, element-wise.") { Glibc.sin($0) }
        elementwise(r, "cos", "Cosine element-wise.") { Glibc.cos($0) }
        elementwise(r, "tan", "Compute tangent element-wise.") { Glibc.tan($0) }
        r.registerUnary("numpy.abs", doc: "Calculate the absolute value element-wise.") { v, vm in
            guard let f = vm.registry.builtins["abs"] else { return v }
            return try vm.call(f, v)
        }
        for name in ["sum", "mean", "std", "min", "max", "argmin", "argmax", "prod", "cumsum", "var", "any", "all"] {
            reduction(r, name, "Return the \(name) of the array elements.")
        }
        r.register("numpy.dot", doc: "Dot product of two arrays.") { args, vm in
            try args.check("dot", min: 2, max: 2)
            return try NDArray.dot(try array(args[0], vm), try array(args[1], vm))
        }
        r.register("numpy.concatenate", doc: "Join a sequence of arrays along an existing axis.") { args, vm in
            try args.check("concatenate", min: 1, max: 1)
            let parts = try Operations.collect(args[0], vm).map { try array($0, vm) }
            guard !parts.isEmpty else { throw RuntimeError.valueError("need at least one array to concatenate") }
            if parts.contains(where: { $0.dtype == .float64 }) {
                return .ndarray(NDArray(floats: parts.flatMap { $0.floatValues }))
            }
            return .ndarray(NDArray(ints: parts.flatMap { $0.intValues }, isBool: parts.allSatisfy { $0.dtype == .bool }))
        }
        r.register("numpy.allclose", doc: "Returns True if two arrays are element-wise equal within a tolerance.") { args, vm in
            try args.check("allclose", min: 2, max: 2, keywords: ["rtol", "atol"])
            let a = try array(args[0], vm), b = try array(args[1], vm)
            let rtol = try args.keyword("rtol").map(MathModule.real) ?? 1e-5
            let atol = try args.keyword("atol").map(MathModule.real) ?? 1e-8
            let n = max(a.count, b.count)
            for i in 0..<n {
                let x = a.double(a.count == 1 ? 0 : i), y = b.double(b.count == 1 ? 0 : i)
                if Swift.abs(x - y) > atol + rtol * Swift.abs(y) { return .bool(false) }
            }
            return .bool(true)
        }
        NumpyRandom.install(into: r)
    }
}

/// `numpy.random`: `seed`, `rand`, `randn`, `randint`, `random`, sharing one generator per interpreter.
enum NumpyRandom {
    /// The generator of `numpy.random` on one interpreter.
    enum Slot: InterpreterSlot {
        static func makeValue() -> RandomState { RandomState() }
    }

    static func state(_ vm: Interpreter) -> RandomState { vm.slot(Slot.self) }

    static func shape(_ args: [Value]) throws -> [Int] {
        if args.count == 1, case .tuple(let t) = args[0] { return try t.map { try StringMethods.integer($0) } }
        return try args.map { try StringMethods.integer($0) }
    }

    static func install(into r: Registry) {
        r.declareModule("numpy.random", doc: "Random sampling.")
        r.register("numpy.random.seed", doc: "Reseed the generator.") { args, vm in
            try args.check("seed", min: 0, max: 1)
            try state(vm).seed(with: args.positional.first ?? .none)
            return .none
        }
        r.register("numpy.random.rand", doc: "Random values in a given shape, uniform over [0, 1).") { args, vm in
            let dims = try shape(args.positional)
            let rng = state(vm)
            if dims.isEmpty { return .float(rng.random()) }
            return .ndarray(NDArray(floats: (0..<dims.reduce(1, *)).map { _ in rng.random() }, shape: dims))
        }
        r.register("numpy.random.random", doc: "Return random floats in the half-open interval [0.0, 1.0).") { args, vm in
            let dims = args.positional.first.map { v -> [Int] in
                if case .tuple(let t) = v { return t.compactMap { try? StringMethods.integer($0) } }
                return [(try? StringMethods.integer(v)) ?? 1]
            } ?? []
            let rng = state(vm)
            if dims.isEmpty { return .float(rng.random()) }
            return .ndarray(NDArray(floats: (0..<dims.reduce(1, *)).map { _ in rng.random() }, shape: dims))
        }
        r.register("numpy.random.randn", doc: "Return samples from the standard normal distribution.") { args, vm in
            let dims = try shape(args.positional)
            let rng = state(vm)
            if dims.isEmpty { return .float(rng.gaussian()) }
            return .ndarray(NDArray(floats: (0..<dims.reduce(1, *)).map { _ in rng.gaussian() }, shape: dims))
        }
        r.register("numpy.random.randint", doc: "Return random integers from low (inclusive) to high (exclusive).",
                   parameters: ["low", "high", "size"]) { args, vm in
            try args.check("randint", min: 1, max: 3, keywords: ["high", "size"])
            var low = try StringMethods.integer(args[0])
            var high: Int
            if let h = args.argument(1, "high"), !h.isNone { high = try StringMethods.integer(h) } else {
                high = low
                low = 0
            }
            guard high > low else { throw RuntimeError.valueError("low >= high") }
            let rng = state(vm)
            guard let size = args.argument(2, "size"), !size.isNone else { return .int(low + rng.below(high - low)) }
            let n = try StringMethods.integer(size)
            return .ndarray(NDArray(ints: (0..<n).map { _ in low + rng.below(high - low) }))
        }
    }
}
