/// The `random` module: CPython's functions over one hidden `random.Random` per interpreter, and the
/// `Random` class for generators of one's own.
enum RandomModule {
    /// The interpreter's hidden generator, seeded from the system's entropy on first use.
    enum Slot: InterpreterSlot {
        static func makeValue() -> RandomObject { RandomObject() }
    }

    static func instance(_ vm: Interpreter) -> RandomObject { vm.slot(Slot.self) }

    static let docs: [(String, String)] = [
        ("seed", "Initialize internal state from a seed."),
        ("random", "random() -> x in the interval [0, 1)."),
        ("getrandbits", "getrandbits(k) -> x.  Generates an int with k random bits."),
        ("randrange", "Choose a random item from range(stop) or range(start, stop[, step])."),
        ("randint", "Return random integer in range [a, b], including both end points."),
        ("choice", "Choose a random element from a non-empty sequence."),
        ("choices", "Return a k sized list of population elements chosen with replacement."),
        ("shuffle", "Shuffle list x in place, and return None."),
        ("sample", "Chooses k unique random elements from a population sequence."),
        ("uniform", "Get a random number in the range [a, b) or [a, b] depending on rounding."),
        ("triangular", "Triangular distribution."),
        ("gauss", "Gaussian distribution."),
        ("normalvariate", "Normal distribution."),
        ("expovariate", "Exponential distribution."),
        ("lognormvariate", "Log normal distribution."),
        ("paretovariate", "Pareto distribution.  alpha is the shape parameter."),
        ("weibullvariate", "Weibull distribution."),
        ("vonmisesvariate", "Circular data distribution."),
        ("gammavariate", "Gamma distribution.  Not the gamma function!"),
        ("betavariate", "Beta distribution."),
        ("randbytes", "Generate n random bytes."),
        ("getstate", "Return internal state; can be passed to setstate() later."),
        ("setstate", "Restore internal state from object returned by getstate()."),
    ]

    static func install(into r: Registry) {
        r.declareModule("random", doc: "Random variable generators.")
        r.register("random.Random", value: .type(RandomObject.type))
        for (name, doc) in docs {
            r.register("random." + name, doc: doc) { args, vm in try instance(vm).call(name, args, vm) }
        }
    }
}
