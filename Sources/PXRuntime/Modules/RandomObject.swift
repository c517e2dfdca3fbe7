import PXNumeric

/// A `random.Random` generator: CPython's MT19937 stream (`PythonRandom`), so a seeded program prints what
/// python3 prints. The `random` module's functions are the methods of one hidden instance per interpreter.
public final class RandomObject: NativeObject {
    /// The generator.
    var generator: PythonRandom

    /// Creates a generator seeded as `random.seed(seed)` seeds it.
    /// - Throws: `TypeError` for a seed CPython refuses.
    init(seed: Value) throws {
        generator = try RandomObject.seeded(seed)
    }

    /// Creates a generator seeded from the system's entropy.
    init() {
        generator = RandomObject.entropySeeded()
    }

    static func entropySeeded() -> PythonRandom {
        var system = SystemRandomNumberGenerator()
        return PythonRandom(seedWords: (0..<MT19937.stateLength).map { _ in system.next() })
    }

    /// `random.Random([seed])`.
    static let type = TypeObject(name: "Random", module: "random", doc: "Random number generator base class used by "
        + "bound module functions.") { args, _ in
        try args.check("Random", min: 0, max: 1)
        return .object(try RandomObject(seed: args.positional.first ?? .none))
    }

    public var pythonType: TypeObject { RandomObject.type }

    /// The methods, as `dir()` lists them.
    static let methods = [
        "betavariate", "choice", "choices", "expovariate", "gammavariate", "gauss", "getrandbits", "getstate",
        "lognormvariate", "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange", "sample",
        "seed", "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate",
    ]

    public var attributeNames: [String] { RandomObject.methods }

    public func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        guard RandomObject.methods.contains(name) else { return nil }
        return .builtin(BuiltinFunction(name: name, module: "random") { [self] args, vm in try call(name, args, vm) })
    }

    public func callMethod(_ name: String, _ arguments: Arguments, _ interpreter: Interpreter) throws -> Value? {
        guard RandomObject.methods.contains(name) else { return nil }
        return try call(name, arguments, interpreter)
    }

    public func repr(_ interpreter: Interpreter?) -> String { "<random.Random object>" }

    // MARK: - Seeding

    /// The generator `random.seed(value)` makes: ints by their absolute value's 32-bit words, str and bytes by
    /// version-2 seeding (SHA-512), floats by their hash, None from the system's entropy.
    /// - Throws: CPython's `TypeError` for other types.
    static func seeded(_ value: Value, version: Value = .int(2)) throws -> PythonRandom {
        if case .int(1) = version {
            // Version 1 (Python 2's) hashing of str and bytes.
            var text: [UInt32]?
            if case .str(let s) = value { text = s.unicodeScalars.map(\.value) }
            if case .bytes(let b) = value { text = b.map(UInt32.init) }
            if let text {
                var x: UInt64 = text.first.map { UInt64($0) << 7 } ?? 0
                for c in text { x = (1_000_003 &* x) ^ UInt64(c) }
                x ^= UInt64(text.count)
                return PythonRandom(hashSeed: x)
            }
        }
        switch value {
        case .none: return entropySeeded()
        case .int(let i): return PythonRandom(seed: i)
        case .bigint(let b): return PythonRandom(seedWords: RandomArguments.words(b))
        case .bool(let b): return PythonRandom(seed: b ? 1 : 0)
        case .float(let d): return PythonRandom(hashSeed: UInt64(bitPattern: Int64(PythonHash.hashDouble(d))))
        case .str(let s): return PythonRandom(seedBytes: Array(s.utf8))
        case .bytes(let b): return PythonRandom(seedBytes: b)
        default:
            throw RuntimeError.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
        }
    }
}
