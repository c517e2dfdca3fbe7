#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A seedable pseudo-random generator (xoshiro256**), one per interpreter.
public final class RandomState {
    var state: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
    var spareGaussian: Double?

    /// Creates a generator seeded from the clock and the process id.
    public init() {
        seed(UInt64(TimeModule.nanoseconds(CLOCK_REALTIME)) ^ (UInt64(getpid()) << 32))
    }

    /// Reseeds deterministically.
    public func seed(_ value: UInt64) {
        var x = value
        func splitmix() -> UInt64 {
            x &+= 0x9E3779B97F4A7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        state = (splitmix(), splitmix(), splitmix(), splitmix())
        spareGaussian = nil
    }

    func next() -> UInt64 {
        let result = ((state.1 &* 5) << 7 | (state.1 &* 5) >> 57) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = (state.3 << 45) | (state.3 >> 19)
        return result
    }

    /// A float in [0, 1) with 53 random bits.
    public func random() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// An integer in [0, n).
    public func below(_ n: Int) -> Int {
        guard n > 0 else { return 0 }
        return Int(next() % UInt64(n))
    }

    /// A standard normal deviate (Box–Muller).
    public func gaussian() -> Double {
        if let spare = spareGaussian {
            spareGaussian = nil
            return spare
        }
        var u = 0.0
        repeat { u = random() } while u == 0
        let v = random()
        let radius = (-2 * log(u)).squareRoot()
        spareGaussian = radius * sin(2 * Double.pi * v)
        return radius * cos(2 * Double.pi * v)
    }

    /// Seeds from a language value (int, float, str, None).
    func seed(with value: Value) throws {
        switch value {
        case .none: seed(UInt64(TimeModule.nanoseconds(CLOCK_REALTIME)))
        case .int(let i): seed(UInt64(bitPattern: Int64(i)))
        case .bool(let b): seed(b ? 1 : 0)
        case .float(let d): seed(d.bitPattern)
        case .str(let s): seed(UInt64(bitPattern: Int64(PythonHash.hashString(s))))
        default: throw RuntimeError.typeError("The only supported seed types are: None, int, float, str, bytes, and bytearray.")
        }
    }
}

/// The `random` module.
enum RandomModule {
    /// The generator of `random` on one interpreter.
    enum Slot: InterpreterSlot {
        static func makeValue() -> RandomState { RandomState() }
    }

    static func state(_ vm: Interpreter) -> RandomState { vm.slot(Slot.self) }

    static func install(into r: Registry) {
        r.declareModule("random", doc: "Random variable generators.")
        r.register("random.seed", doc: "Initialize internal state from a seed.") { args, vm in
            try args.check("seed", min: 0, max: 1)
            try state(vm).seed(with: args.positional.first ?? .none)
            return .none
        }
        r.register("random.random", doc: "random() -> x in the interval [0, 1).") { _, vm in .float(state(vm).random()) }
        r.register("random.uniform", doc: "Get a random number in the range [a, b) or [a, b] depending on rounding.")
        { args, vm in
            try args.check("uniform", min: 2, max: 2)
            let a = try MathModule.real(args[0]), b = try MathModule.real(args[1])
            return .float(a + (b - a) * state(vm).random())
        }
        r.register("random.randint", doc: "Return random integer in range [a, b], including both end points.")
        { args, vm in
            try args.check("randint", min: 2, max: 2)
            let a = try MathModule.integer(args[0], "randint"), b = try MathModule.integer(args[1], "randint")
            guard a <= b else { throw RuntimeError.valueError("empty range for randrange() (\(a), \(b + 1), \(b + 1 - a))") }
            return .int(a + state(vm).below(b - a + 1))
        }
        r.register("random.randrange", doc: "Choose a random item from range(start, stop[, step]).") { args, vm in
            guard case .range(let range) = try Constructors.range(args, vm), range.count > 0 else {
                throw RuntimeError.valueError("empty range for randrange()")
            }
            return .int(range.element(state(vm).below(range.count)))
        }
        r.registerUnary("random.choice", doc: "Choose a random element from a non-empty sequence.", parameter: "seq") { v, vm in
            let items = try Operations.collect(v, vm)
            guard !items.isEmpty else { throw RuntimeError.indexError("Cannot choose from an empty sequence") }
            return items[state(vm).below(items.count)]
        }
        r.registerUnary("random.shuffle", doc: "Shuffle list x in place, and return None.") { v, vm in
            guard case .list(let l) = v else { throw RuntimeError.typeError("'\(v.typeName)' object does not support item assignment") }
            let rng = state(vm)
            var i = l.items.count - 1
            while i > 0 {
                l.items.swapAt(i, rng.below(i + 1))
                i -= 1
            }
            return .none
        }
        r.register("random.sample", doc: "Chooses k unique random elements from a population sequence.",
                   parameters: ["population", "k"]) { args, vm in
            try args.check("sample", min: 1, max: 2, keywords: ["k"])
            var pool = try Operations.collect(args[0], vm)
            let k = try MathModule.integer(args.argument(1, "k") ?? .none, "sample")
            guard k >= 0 && k <= pool.count else { throw RuntimeError.valueError("Sample larger than population or is negative") }
            let rng = state(vm)
            var result: [Value] = []
            for _ in 0..<k { result.append(pool.remove(at: rng.below(pool.count))) }
            return .list(ListObject(result))
        }
        r.register("random.gauss", doc: "Gaussian distribution.", parameters: ["mu", "sigma"]) { args, vm in
            let mu = try args.argument(0, "mu").map(MathModule.real) ?? 0
            let sigma = try args.argument(1, "sigma").map(MathModule.real) ?? 1
            return .float(mu + sigma * state(vm).gaussian())
        }
    }
}
