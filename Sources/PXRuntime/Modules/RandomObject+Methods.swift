import PXBigInt
import PXNumeric

/// The methods of `random.Random`, with CPython 3.11's argument handling and error texts.
extension RandomObject {
    /// Calls method `name`.
    func call(_ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value {
        let q = "Random." + name
        switch name {
        case "random":
            try RandomArguments.none(q, args)
            return .float(generator.random())
        case "seed":
            let a = try RandomArguments.bind(q, args, ["a", "version"], required: 0)
            generator = try RandomObject.seeded(a[0] ?? .none, version: a[1] ?? .int(2))
            return .none
        case "getrandbits":
            guard args.keywords.isEmpty, args.count == 1 else {
                throw RuntimeError.typeError("\(q)() takes exactly one argument (\(args.count) given)")
            }
            let k = try RandomArguments.index(args[0])
            guard k >= 0 else { throw RuntimeError.valueError("number of bits must be non-negative") }
            return RandomArguments.integer(words: generator.randomWords(bits: k))
        case "randrange":
            let a = try RandomArguments.bind(q, args, ["start", "stop", "step"], required: 1)
            if a.contains(where: { if case .bigint? = $0 { return true } else { return false } }) {
                return try bigRandrange(a[0] ?? .none, a[1], a[2], vm)
            }
            return .int(try randrange(a[0] ?? .none, a[1], a[2], vm))
        case "randint":
            let a = try RandomArguments.bind(q, args, ["a", "b"], required: 2)
            let b = a[1] ?? .none
            if case .bigint = b, let high = b.bigIntValue {
                return try bigRandrange(a[0] ?? .none, .integer(high + 1), nil, vm)
            }
            if case .bigint = a[0] ?? .none { return try bigRandrange(a[0] ?? .none, b, nil, vm, inclusive: true) }
            if case .float(let d) = b { return .int(try randrange(a[0] ?? .none, .float(d + 1), nil, vm)) }
            let high = try RandomArguments.index(b)
            guard high < Int.max else { return .int(try generator.randint(try RandomArguments.index(a[0] ?? .none), high)) }
            return .int(try randrange(a[0] ?? .none, .int(high + 1), nil, vm))
        case "choice":
            let a = try RandomArguments.bind(q, args, ["seq"], required: 1)
            let seq = a[0] ?? .none
            let n = try Operations.length(seq, vm)
            guard n > 0 else { throw RuntimeError.indexError("Cannot choose from an empty sequence") }
            return try Operations.item(seq, .int(generator.below(n)), vm)
        case "shuffle":
            let a = try RandomArguments.bind(q, args, ["x"], required: 1)
            try shuffle(a[0] ?? .none, vm)
            return .none
        case "sample":
            return try sample(q, args, vm)
        case "choices":
            return try choices(q, args, vm)
        case "uniform":
            let a = try RandomArguments.bind(q, args, ["a", "b"], required: 2)
            return .float(generator.uniform(try MathModule.real(a[0] ?? .none), try MathModule.real(a[1] ?? .none)))
        case "triangular":
            let a = try RandomArguments.bind(q, args, ["low", "high", "mode"], required: 0)
            let low = try a[0].map(MathModule.real) ?? 0, high = try a[1].map(MathModule.real) ?? 1
            let mode = try a[2].flatMap { $0.isNone ? nil : try MathModule.real($0) }
            return .float(generator.triangular(low: low, high: high, mode: mode))
        case "gauss", "normalvariate":
            let a = try RandomArguments.bind(q, args, ["mu", "sigma"], required: 0)
            let mu = try a[0].map(MathModule.real) ?? 0, sigma = try a[1].map(MathModule.real) ?? 1
            return .float(name == "gauss" ? generator.gauss(mu: mu, sigma: sigma)
                : generator.normalVariate(mu: mu, sigma: sigma))
        case "expovariate":
            let a = try RandomArguments.bind(q, args, ["lambd"], required: 1)
            let lambd = try MathModule.real(a[0] ?? .none)
            guard lambd != 0 else { throw RuntimeError.zeroDivision("float division by zero") }
            return .float(generator.exponentialVariate(lambd))
        case "lognormvariate":
            let a = try RandomArguments.bind(q, args, ["mu", "sigma"], required: 2)
            return .float(generator.logNormalVariate(mu: try MathModule.real(a[0] ?? .none),
                                                     sigma: try MathModule.real(a[1] ?? .none)))
        case "paretovariate":
            let a = try RandomArguments.bind(q, args, ["alpha"], required: 1)
            return .float(generator.paretoVariate(try MathModule.real(a[0] ?? .none)))
        case "weibullvariate":
            let a = try RandomArguments.bind(q, args, ["alpha", "beta"], required: 2)
            return .float(generator.weibullVariate(alpha: try MathModule.real(a[0] ?? .none),
                                                   beta: try MathModule.real(a[1] ?? .none)))
        case "vonmisesvariate":
            let a = try RandomArguments.bind(q, args, ["mu", "kappa"], required: 2)
            return .float(generator.vonMisesVariate(mu: try MathModule.real(a[0] ?? .none),
                                                    kappa: try MathModule.real(a[1] ?? .none)))
        case "gammavariate", "betavariate":
            let a = try RandomArguments.bind(q, args, ["alpha", "beta"], required: 2)
            let alpha = try MathModule.real(a[0] ?? .none), beta = try MathModule.real(a[1] ?? .none)
            return .float(try randomCall { () throws(NumericError) in
                name == "gammavariate" ? try generator.gammaVariate(alpha: alpha, beta: beta)
                    : try generator.betaVariate(alpha: alpha, beta: beta)
            })
        case "randbytes":
            let a = try RandomArguments.bind(q, args, ["n"], required: 1)
            let n = try RandomArguments.index(a[0] ?? .none)
            guard n >= 0 else { throw RuntimeError.valueError("number of bits must be non-negative") }
            try Operations.checkAllocation(n)
            return .bytes(generator.randomBytes(n))
        case "getstate":
            try RandomArguments.bind(q, args, [], required: 0)
            return state
        case "setstate":
            let a = try RandomArguments.bind(q, args, ["state"], required: 1)
            try restore(a[0] ?? .none)
            return .none
        default:
            throw RuntimeError.attributeError("'Random' object has no attribute '\(name)'")
        }
    }

    // MARK: - Integers

    /// `randrange(start, stop=None, step=1)`.
    func randrange(_ start: Value, _ stop: Value?, _ step: Value?, _ vm: Interpreter) throws -> Int {
        let istart = try RandomArguments.rangeIndex(start, "arg 1", vm)
        guard let stop, !stop.isNone else {
            if step != nil { throw RuntimeError.typeError("Missing a non-None stop argument") }
            return try randomCall { () throws(NumericError) in try generator.randrange(istart) }
        }
        let istop = try RandomArguments.rangeIndex(stop, "stop", vm)
        let istep = try step.map { try RandomArguments.rangeIndex($0, "step", vm) } ?? 1
        return try randomCall { () throws(NumericError) in try generator.randrange(istart, istop, step: istep) }
    }

    /// Runs a draw, raising its `NumericError` as the Python exception it names.
    func randomCall<T>(_ body: () throws(NumericError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw RuntimeError(error)
        }
    }

    // MARK: - Sequences

    func shuffle(_ x: Value, _ vm: Interpreter) throws {
        if case .list(let list) = x {
            generator.shuffle(&list.items)
            return
        }
        var i = try Operations.length(x, vm) - 1
        while i > 0 {
            let j = generator.below(i + 1)
            let a = try Operations.item(x, .int(i), vm), b = try Operations.item(x, .int(j), vm)
            try Operations.setItem(x, .int(i), b, vm)
            try Operations.setItem(x, .int(j), a, vm)
            i -= 1
        }
    }

    func sample(_ q: String, _ args: Arguments, _ vm: Interpreter) throws -> Value {
        var positional = args
        positional.keywords.removeAll { $0.name == "counts" }
        let a = try RandomArguments.bind(q, positional, ["population", "k"], required: 2)
        let population = a[0] ?? .none, k = try RandomArguments.index(a[1] ?? .none)
        switch population {
        case .list, .tuple, .str, .range, .bytes: break
        default:
            throw RuntimeError.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        }
        let n = try Operations.length(population, vm)
        if let counts = args.keyword("counts"), !counts.isNone {
            var cumulative: [Int] = []
            for count in try Operations.collect(counts, vm) {
                guard case .int(let c) = count else { throw RuntimeError.typeError("Counts must be integers") }
                cumulative.append((cumulative.last ?? 0) + c)
            }
            guard cumulative.count == n else {
                throw RuntimeError.valueError("The number of counts does not match the population")
            }
            let total = cumulative.removeLast()
            guard total > 0 else { throw RuntimeError.valueError("Total of counts must be greater than zero") }
            let picks = try randomCall { () throws(NumericError) in try generator.sampleIndices(population: total, count: k) }
            return .list(ListObject(try picks.map { s in
                try Operations.item(population, .int(cumulative.partitioningIndex { $0 > s }), vm)
            }))
        }
        let picks = try randomCall { () throws(NumericError) in try generator.sampleIndices(population: n, count: k) }
        return .list(ListObject(try picks.map { try Operations.item(population, .int($0), vm) }))
    }

    func choices(_ q: String, _ args: Arguments, _ vm: Interpreter) throws -> Value {
        var positional = args
        positional.keywords.removeAll { $0.name == "cum_weights" || $0.name == "k" }
        let a = try RandomArguments.bind(q, positional, ["population", "weights"], required: 1)
        let population = a[0] ?? .none
        let n = try Operations.length(population, vm)
        let k = try args.keyword("k").map(RandomArguments.index) ?? 1
        var cumulative: [Double]
        if let given = args.keyword("cum_weights"), !given.isNone {
            if let weights = a[1], !weights.isNone {
                throw RuntimeError.typeError("Cannot specify both weights and cumulative weights")
            }
            cumulative = try Operations.collect(given, vm).map(MathModule.real)
        } else if let weights = a[1], !weights.isNone {
            if case .int(let count) = weights {
                throw RuntimeError.typeError("The number of choices must be a keyword argument: k=\(count)")
            }
            var total = 0.0
            cumulative = try Operations.collect(weights, vm).map { total += try MathModule.real($0); return total }
        } else {
            let picks = generator.choiceIndices(population: n, count: k)
            return .list(ListObject(try picks.map { try Operations.item(population, .int($0), vm) }))
        }
        guard cumulative.count == n else {
            throw RuntimeError.valueError("The number of weights does not match the population")
        }
        let picks = try randomCall { () throws(NumericError) in
            try generator.choiceIndices(cumulativeWeights: cumulative, count: k)
        }
        return .list(ListObject(try picks.map { try Operations.item(population, .int($0), vm) }))
    }

    // MARK: - State

    /// `getstate()`: `(3, (624 words..., index), gauss_next)`.
    var state: Value {
        let words = generator.core.key.map { Value.int(Int($0)) } + [.int(generator.core.position)]
        return .tuple([.int(3), .tuple(words), generator.gaussNext.map { .float($0) } ?? .none])
    }

    /// `setstate(state)`.
    func restore(_ state: Value) throws {
        guard case .tuple(let parts) = state, parts.count == 3, case .int(let version) = parts[0] else {
            throw RuntimeError.typeError("state vector must be a tuple")
        }
        guard version == 3 || version == 2 else {
            throw RuntimeError.valueError("state with version \(version) passed to Random.setstate() of version 3")
        }
        guard case .tuple(let saved) = parts[1] else { throw RuntimeError.typeError("state vector must be a tuple") }
        guard saved.count == MT19937.stateLength + 1 else { throw RuntimeError.valueError("state vector is the wrong size") }
        var words: [UInt32] = []
        for item in saved.dropLast() {
            guard case .int(let w) = item else { throw RuntimeError.typeError("state vector items must be integers") }
            guard let word = UInt32(exactly: version == 2 ? w & 0xFFFF_FFFF : w) else {
                throw RuntimeError.overflow("Python int too large to convert to C unsigned long")
            }
            words.append(word)
        }
        guard case .int(let position) = saved[MT19937.stateLength],
              let core = MT19937(key: words, position: position)
        else { throw RuntimeError.valueError("invalid state") }
        let gauss: Double?
        switch parts[2] {
        case .none: gauss = nil
        default: gauss = try MathModule.real(parts[2])
        }
        generator.core = core
        generator.gaussNext = gauss
    }
}

extension Array where Element == Int {
    /// The first index whose element satisfies `belongs` (the array is partitioned by it): `bisect_right`.
    func partitioningIndex(where belongs: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if belongs(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
