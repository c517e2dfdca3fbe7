import PXNumeric

/// `np.random.RandomState(seed)`: numpy's legacy generator (`PXNumeric.RandomState`, MT19937). The functions of
/// `np.random` (`seed`, `rand`, `randint`, …) are the methods of one hidden instance per interpreter.
public final class RandomStateObject: NativeObject {
    /// The generator.
    var state: PXNumeric.RandomState

    /// Creates a generator seeded as `np.random.seed(seed)` seeds one.
    /// - Throws: numpy's `ValueError`/`TypeError` for a bad seed.
    init(seed: Value, _ vm: Interpreter?) throws {
        state = try RandomStateObject.seeded(seed, vm)
    }

    /// Creates a generator seeded from the system's entropy (numpy's state at import).
    init() {
        state = RandomStateObject.entropySeeded()
    }

    /// `np.random.RandomState([seed])`.
    static let type = TypeObject(name: "RandomState", module: "numpy.random",
                                 doc: "Container for the slow Mersenne Twister pseudo-random number generator.") { args, vm in
        try args.check("RandomState", min: 0, max: 1, keywords: ["seed"])
        return .object(try RandomStateObject(seed: args.argument(0, "seed") ?? .none, vm))
    }

    public var pythonType: TypeObject { RandomStateObject.type }

    /// The methods, as `dir()` lists them (also the functions of `np.random`).
    static let methods = [
        "choice", "normal", "permutation", "rand", "randint", "randn", "random", "random_sample", "ranf", "sample",
        "seed", "shuffle", "standard_normal", "uniform",
    ]

    public var attributeNames: [String] { RandomStateObject.methods }

    public func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        guard RandomStateObject.methods.contains(name) else { return nil }
        return .builtin(BuiltinFunction(name: name, module: "numpy.random") { [self] args, vm in
            try call(name, args, vm)
        })
    }

    public func callMethod(_ name: String, _ arguments: Arguments, _ interpreter: Interpreter) throws -> Value? {
        guard RandomStateObject.methods.contains(name) else { return nil }
        return try call(name, arguments, interpreter)
    }

    public func repr(_ interpreter: Interpreter?) -> String { "RandomState(MT19937)" }

    // MARK: - Seeding

    static func entropySeeded() -> PXNumeric.RandomState {
        var system = SystemRandomNumberGenerator()
        return PXNumeric.RandomState(entropy: (0..<MT19937.stateLength).map { _ in system.next() })
    }

    /// numpy's `_legacy_seeding`: None from entropy, an int in 0...2³²-1, or a 1-D sequence of them.
    /// - Throws: numpy's texts (`Seed must be between 0 and 2**32 - 1`, `Seed must be non-empty`,
    ///   `Seed array must be 1-d`, and the `TypeError` of a cast that is not safe).
    static func seeded(_ value: Value, _ vm: Interpreter?) throws -> PXNumeric.RandomState {
        if value.isNone { return entropySeeded() }
        if let seed = try? NumpyArguments.integer(value) {
            return try numeric { try PXNumeric.RandomState(seed: seed) }
        }
        let array = try ArrayConversion.asArray(value, vm)
        guard array.count > 0 else { throw RuntimeError.valueError("Seed must be non-empty") }
        guard array.dtype.isInteger || array.dtype == .bool else {
            throw RuntimeError.typeError("Cannot cast array data from dtype('\(array.dtype.name)') to dtype('int64') "
                + "according to the rule 'safe'")
        }
        guard array.ndim == 1 else { throw RuntimeError.valueError("Seed array must be 1-d") }
        let seeds = try numeric { try array.int64s() }.map { Int($0) }
        return try numeric { try PXNumeric.RandomState(seedArray: seeds) }
    }
}
