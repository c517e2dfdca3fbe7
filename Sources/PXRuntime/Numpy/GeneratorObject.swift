import PXNumeric

/// `np.random.default_rng(seed)`: numpy's `Generator` over `PCG64` (`PXNumeric.RandomGenerator`).
public final class GeneratorObject: NativeObject {
    /// The generator.
    var generator: RandomGenerator

    init(_ generator: RandomGenerator) {
        self.generator = generator
    }

    /// `np.random.Generator(bit_generator)`: only a `PCG64` bit generator is supported.
    static let type = TypeObject(name: "Generator", module: "numpy.random",
                                 doc: "Container for the BitGenerators.") { args, _ in
        try args.check("Generator", min: 1, max: 1, keywords: ["bit_generator"])
        guard case .object(let o) = args.argument(0, "bit_generator") ?? .none, let bits = o as? PCG64Object else {
            throw RuntimeError.typeError("Generator() takes a PCG64 bit generator")
        }
        return .object(GeneratorObject(RandomGenerator(bits: bits.bits)))
    }

    public var pythonType: TypeObject { GeneratorObject.type }

    /// The methods, as `dir()` lists them.
    static let methods = ["choice", "integers", "normal", "permutation", "random", "shuffle", "standard_normal", "uniform"]

    public var attributeNames: [String] { GeneratorObject.methods }

    public func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        guard GeneratorObject.methods.contains(name) else { return nil }
        return .builtin(BuiltinFunction(name: name, module: "numpy.random") { [self] args, vm in try call(name, args, vm) })
    }

    public func callMethod(_ name: String, _ arguments: Arguments, _ interpreter: Interpreter) throws -> Value? {
        guard GeneratorObject.methods.contains(name) else { return nil }
        return try call(name, arguments, interpreter)
    }

    public func repr(_ interpreter: Interpreter?) -> String { "Generator(PCG64)" }

    // MARK: - Seeding

    /// `default_rng(seed)`: None from entropy, a non-negative int or a sequence of them through `SeedSequence`.
    /// - Throws: numpy's texts (`expected non-negative integer`, `SeedSequence expects int or sequence of ints for
    ///   entropy not 1.5`).
    static func seedSequence(_ value: Value, _ vm: Interpreter?) throws -> SeedSequence {
        if value.isNone {
            var system = SystemRandomNumberGenerator()
            return SeedSequence(entropyWords: (0..<4).map { _ in system.next() })
        }
        return SeedSequence(entropyWords: try words(value, vm, top: true))
    }

    private static func words(_ value: Value, _ vm: Interpreter?, top: Bool) throws -> [UInt32] {
        if !RandomDraws.isArrayLike(value), let n = try? NumpyArguments.integer(value) {
            guard n >= 0 else { throw RuntimeError.valueError("expected non-negative integer") }
            return SeedSequence.words(of: UInt64(n))
        }
        switch value {
        case .list, .tuple, .range:
            return try Operations.collect(value, vm).flatMap { try words($0, vm, top: false) }
        case .ndarray(let a) where a.dtype.isInteger || a.dtype == .bool:
            return try numeric { try a.int64s() }.flatMap { n throws -> [UInt32] in
                guard n >= 0 else { throw RuntimeError.valueError("expected non-negative integer") }
                return SeedSequence.words(of: UInt64(n))
            }
        default:
            if top {
                throw RuntimeError.typeError("SeedSequence expects int or sequence of ints for entropy not "
                    + ValueFormatter.repr(value, vm))
            }
            throw RuntimeError.typeError("seed must be integer")
        }
    }
}

/// `np.random.PCG64(seed)`: the bit generator on its own, for `np.random.Generator(np.random.PCG64(seed))`.
public final class PCG64Object: NativeObject {
    /// The bit generator as seeded.
    let bits: PCG64

    init(_ bits: PCG64) {
        self.bits = bits
    }

    /// `np.random.PCG64([seed])`.
    static let type = TypeObject(name: "PCG64", module: "numpy.random", doc: "BitGenerator for the PCG-64 pseudo-random "
        + "number generator.") { args, vm in
        try args.check("PCG64", min: 0, max: 1, keywords: ["seed"])
        return .object(PCG64Object(PCG64(try GeneratorObject.seedSequence(args.argument(0, "seed") ?? .none, vm))))
    }

    public var pythonType: TypeObject { PCG64Object.type }

    public func repr(_ interpreter: Interpreter?) -> String { "PCG64" }
}
