import PXNumeric

// MARK: - numpy.random

extension NumpyModule {
    /// `numpy.random`: `seed`, `rand`, `randn`, `randint`, `random`, sharing one generator per interpreter.
    static func installRandom(into r: Registry) {
        NumpyRandom.install(into: r)
    }
}

/// `numpy.random` over the interpreter's seedable generator.
enum NumpyRandom {
    /// The generator of `numpy.random` on one interpreter.
    enum Slot: InterpreterSlot {
        static func makeValue() -> RandomState { RandomState() }
    }

    static func state(_ vm: Interpreter) -> RandomState { vm.slot(Slot.self) }

    static func shape(_ args: [Value]) throws -> [Int] {
        if args.count == 1, case .tuple(let t) = args[0] { return try t.map(NumpyArguments.integer) }
        return try args.map(NumpyArguments.integer)
    }

    static func doubles(_ dims: [Int], _ next: () -> Double) throws -> Value {
        let n = try numeric { try Shape.validate(dims, itemSize: 8) }
        try Operations.checkAllocation(n, 8)
        return .ndarray(NDArray(doubles: (0..<n).map { _ in next() }, shape: dims))
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
            return try doubles(dims) { rng.random() }
        }
        r.register("numpy.random.random", doc: "Return random floats in the half-open interval [0.0, 1.0).") { args, vm in
            let rng = state(vm)
            guard let size = args.argument(0, "size"), !size.isNone else { return .float(rng.random()) }
            return try doubles(try NumpyArguments.shape(size)) { rng.random() }
        }
        r.register("numpy.random.randn", doc: "Return samples from the standard normal distribution.") { args, vm in
            let dims = try shape(args.positional)
            let rng = state(vm)
            if dims.isEmpty { return .float(rng.gaussian()) }
            return try doubles(dims) { rng.gaussian() }
        }
        r.register("numpy.random.randint", doc: "Return random integers from low (inclusive) to high (exclusive).",
                   parameters: ["low", "high", "size"]) { args, vm in
            try args.check("randint", min: 1, max: 3, keywords: ["high", "size"])
            var low = try NumpyArguments.integer(args[0])
            var high: Int
            if let h = args.argument(1, "high"), !h.isNone { high = try NumpyArguments.integer(h) } else {
                high = low
                low = 0
            }
            guard high > low else { throw RuntimeError.valueError("low >= high") }
            let rng = state(vm)
            guard let size = args.argument(2, "size"), !size.isNone else {
                return .scalar(ArrayScalar(Int64(low + rng.below(high - low))))
            }
            let dims = try NumpyArguments.shape(size)
            let n = try numeric { try Shape.validate(dims, itemSize: 8) }
            try Operations.checkAllocation(n, 8)
            return .ndarray(NDArray(ints: (0..<n).map { _ in low + rng.below(high - low) }, shape: dims))
        }
    }
}
