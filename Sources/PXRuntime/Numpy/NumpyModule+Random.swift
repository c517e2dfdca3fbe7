import PXNumeric

// MARK: - numpy.random

extension NumpyModule {
    /// `numpy.random`: the legacy functions over one hidden `RandomState` per interpreter (numpy's exact MT19937
    /// stream), `RandomState` objects, and `default_rng` / `Generator` (PCG64).
    static func installRandom(into r: Registry) {
        NumpyRandom.install(into: r)
    }
}

/// `numpy.random` over the interpreter's hidden `RandomState`.
enum NumpyRandom {
    /// The generator behind `np.random.seed`, `rand`, … on one interpreter, seeded from entropy on first use.
    enum Slot: InterpreterSlot {
        static func makeValue() -> RandomStateObject { RandomStateObject() }
    }

    static func state(_ vm: Interpreter) -> RandomStateObject { vm.slot(Slot.self) }

    static let docs: [String: String] = [
        "seed": "Reseed the singleton RandomState instance.",
        "rand": "Random values in a given shape, uniform over [0, 1).",
        "randn": "Return a sample (or samples) from the \"standard normal\" distribution.",
        "random": "Return random floats in the half-open interval [0.0, 1.0).",
        "random_sample": "Return random floats in the half-open interval [0.0, 1.0).",
        "sample": "This is an alias of `random_sample`.",
        "ranf": "This is an alias of `random_sample`.",
        "standard_normal": "Draw samples from a standard Normal distribution (mean=0, stdev=1).",
        "randint": "Return random integers from `low` (inclusive) to `high` (exclusive).",
        "uniform": "Draw samples from a uniform distribution.",
        "normal": "Draw random samples from a normal (Gaussian) distribution.",
        "choice": "Generates a random sample from a given 1-D array.",
        "shuffle": "Modify a sequence in-place by shuffling its contents.",
        "permutation": "Randomly permute a sequence, or return a permuted range.",
    ]

    static func install(into r: Registry) {
        r.declareModule("numpy.random", doc: "Random number generation: the legacy RandomState functions and "
            + "default_rng's Generator, with numpy's exact streams.")
        for name in RandomStateObject.methods {
            r.register("numpy.random." + name, doc: docs[name] ?? "") { args, vm in try state(vm).call(name, args, vm) }
        }
        r.register("numpy.random.RandomState", value: .type(RandomStateObject.type))
        r.register("numpy.random.Generator", value: .type(GeneratorObject.type))
        r.register("numpy.random.PCG64", value: .type(PCG64Object.type))
        r.register("numpy.random.default_rng", doc: "Construct a new Generator with the default BitGenerator (PCG64).",
                   parameters: ["seed"]) { args, vm in
            try args.check("default_rng", min: 0, max: 1, keywords: ["seed"])
            let seed = args.argument(0, "seed") ?? .none
            if case .object(let o) = seed, o is GeneratorObject { return seed }
            if case .object(let o) = seed, let bits = o as? PCG64Object {
                return .object(GeneratorObject(RandomGenerator(bits: bits.bits)))
            }
            return .object(GeneratorObject(RandomGenerator(try GeneratorObject.seedSequence(seed, vm))))
        }
    }
}
