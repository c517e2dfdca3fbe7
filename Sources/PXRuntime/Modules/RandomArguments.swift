import PXBigInt

/// Argument handling for the methods of `random.Random`, phrased as CPython phrases it for functions written in
/// Python (`Random.randint() missing 1 required positional argument: 'b'`).
enum RandomArguments {
    /// Binds positional and keyword arguments to `names`; missing optional ones are nil.
    /// - Throws: CPython's `TypeError`s for missing, surplus or unknown arguments.
    @discardableResult
    static func bind(_ function: String, _ args: Arguments, _ names: [String], required: Int) throws -> [Value?] {
        if args.count > names.count {
            let given = args.count + 1, accepted = names.count + 1
            let range = required == names.count ? "\(accepted)" : "from \(required + 1) to \(accepted)"
            throw RuntimeError.typeError("\(function)() takes \(range) positional argument\(accepted == 1 ? "" : "s") "
                + "but \(given) were given")
        }
        var bound: [Value?] = names.indices.map { $0 < args.count ? args[$0] : nil }
        for (name, value) in args.keywords {
            guard let i = names.firstIndex(of: name) else {
                throw RuntimeError.typeError("\(function)() got an unexpected keyword argument '\(name)'")
            }
            guard bound[i] == nil else {
                throw RuntimeError.typeError("\(function)() got multiple values for argument '\(name)'")
            }
            bound[i] = value
        }
        let missing = names.prefix(required).enumerated().filter { bound[$0.offset] == nil }.map { "'\($0.element)'" }
        if !missing.isEmpty {
            let list = missing.count == 1 ? missing[0]
                : missing.dropLast().joined(separator: ", ") + " and " + (missing.last ?? "")
            throw RuntimeError.typeError("\(function)() missing \(missing.count) required positional argument"
                + "\(missing.count == 1 ? "" : "s"): \(list)")
        }
        return bound
    }

    /// A method written in C that takes no arguments.
    static func none(_ function: String, _ args: Arguments) throws {
        guard args.count == 0, args.keywords.isEmpty else {
            throw RuntimeError.typeError("\(function)() takes no arguments (\(args.count + args.keywords.count) given)")
        }
    }

    /// `operator.index(v)`.
    static func index(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: throw RuntimeError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }

    /// A `randrange` bound: an int, or what `int()` makes of it when that equals it (an integral float, which
    /// 3.11 still accepts with a deprecation warning).
    /// - Throws: `int()`'s errors, or `ValueError: non-integer arg 1 for randrange()` (or `stop`, `step`) when
    ///   `int(v) != v`.
    static func rangeIndex(_ v: Value, _ what: String, _ vm: Interpreter) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default:
            let converted = try Constructors.int(Arguments([v]), vm)
            guard case .int(let i) = converted, case .float(let d) = v, Double(i) == d else {
                throw RuntimeError.valueError("non-integer \(what) for randrange()")
            }
            return i
        }
    }

    /// The int whose 32-bit words (least significant first) are `words`, of any size.
    static func integer(words: [UInt32]) -> Value {
        var limbs: [UInt] = []
        limbs.reserveCapacity(words.count / 2 + 1)
        var index = 0
        while index < words.count {
            let high = index + 1 < words.count ? UInt(words[index + 1]) : 0
            limbs.append(high << 32 | UInt(words[index]))
            index += 2
        }
        return .integer(BigInt(limbs: limbs, isNegative: false))
    }

    /// The 32-bit words (least significant first) of an int's absolute value, as CPython keys a seed.
    static func words(_ value: BigInt) -> [UInt32] {
        value.limbs.flatMap { [UInt32(truncatingIfNeeded: $0), UInt32(truncatingIfNeeded: $0 >> 32)] }
    }

    /// A `randrange` bound of any size: an int, or what `rangeIndex` makes of another value.
    static func bigRangeIndex(_ v: Value, _ what: String, _ vm: Interpreter) throws -> BigInt {
        if let b = v.bigIntValue { return b }
        return BigInt(try rangeIndex(v, what, vm))
    }
}
