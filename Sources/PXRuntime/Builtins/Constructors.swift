import PXBigInt
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PXNumeric

/// What calling a built-in type does: `int("7")`, `list(range(3))`, `ValueError("x")`.
enum Constructors {
    @Sendable static func int(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        try args.check("int", min: 0, max: 2, keywords: ["base"])
        guard let value = args.positional.first else { return .int(0) }
        if let baseValue = args.argument(1, "base") {
            let base = try StringMethods.integer(baseValue)
            switch value {
            case .str(let text): return try IntegerText.parse(text, base: base, vm)
            case .bytes(let b): return try IntegerText.parse(String(decoding: b, as: UTF8.self), base: base, vm)
            default: throw RuntimeError.typeError("int() can't convert non-string with explicit base")
            }
        }
        switch value {
        case .int, .bigint: return value
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return try integer(d)
        case .str(let s): return try IntegerText.parse(s, base: 10, vm)
        case .bytes(let b): return try IntegerText.parse(String(decoding: b, as: UTF8.self), base: 10, vm)
        case .ndarray(let a) where a.count == 1:
            return try int(Arguments([ArrayConversion.pythonValue(a.scalar(flat: 0))]), vm)
        case .scalar(let s):
            return try int(Arguments([ArrayConversion.pythonValue(s)]), vm)
        default:
            if let r = try Operations.instanceConversion(value, ["__int__", "__index__", "__trunc__"], to: "int") {
                return r
            }
            if let base = value.builtinBase { return try int(Arguments([base]), vm) }
            throw RuntimeError.typeError("int() argument must be a string, a bytes-like object or a real number, "
                + "not '\(value.typeName)'")
        }
    }

    /// Converts a float to a machine integer, truncating toward zero (for int64 storage).
    static func truncate(_ d: Double) throws -> Int {
        if d.isNaN { throw RuntimeError.valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw RuntimeError.overflow("cannot convert float infinity to integer") }
        guard d > -9223372036854775809.0, d < 9223372036854775808.0 else {
            throw RuntimeError.overflow("Python int too large to convert to C long")
        }
        return Int(d)
    }

    /// `int(d)`: a float truncated toward zero, as an integer of any size.
    static func integer(_ d: Double) throws -> Value {
        if d.isNaN { throw RuntimeError.valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw RuntimeError.overflow("cannot convert float infinity to integer") }
        if d > -9223372036854775809.0, d < 9223372036854775808.0 { return .int(Int(d)) }
        return .integer(BigInt(truncating: d))
    }

    @Sendable static func float(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        try args.check("float", min: 0, max: 1)
        guard let value = args.positional.first else { return .float(0) }
        switch value {
        case .float: return value
        case .int(let i): return .float(Double(i))
        case .bigint(let b): return .float(try b.asDouble())
        case .bool(let b): return .float(b ? 1 : 0)
        case .str(let s): return .float(try parseFloat(s))
        case .ndarray(let a) where a.count == 1:
            return .float(a.scalar(flat: 0).doubleValue)
        case .scalar(let s):
            return .float(s.doubleValue)
        default:
            if let r = try Operations.instanceConversion(value, ["__float__", "__index__"], to: "float") {
                if case .int(let i) = r { return .float(Double(i)) }
                return r
            }
            if let base = value.builtinBase { return try float(Arguments([base]), vm) }
            throw RuntimeError.typeError("float() argument must be a string or a real number, not '\(value.typeName)'")
        }
    }

    static func parseFloat(_ text: String) throws -> Double {
        let s = text.trimming(" \t\n\r\u{0B}\u{0C}").lowercased()
        switch s {
        case "inf", "+inf", "infinity", "+infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        case "nan", "+nan", "-nan": return .nan
        default: break
        }
        let cleaned = StringMethods.replace(s, "_", "", -1)
        guard !s.hasPrefix("_"), !s.contains("__"), let d = Double(cleaned), !cleaned.contains("x"),
              !cleaned.contains("p") else {
            throw RuntimeError.valueError("could not convert string to float: \(ValueFormatter.reprString(text))")
        }
        return d
    }

    @Sendable static func str(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        try args.check("str", min: 0, max: 3, keywords: ["encoding", "errors"])
        guard let value = args.positional.first else { return .str("") }
        if case .bytes(let b) = value, args.count > 1 || args.keyword("encoding") != nil {
            return .str(String(decoding: b, as: UTF8.self))
        }
        return .str(try ValueFormatter.checkedStr(value, vm))
    }

    @Sendable static func bool(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        try args.check("bool", min: 0, max: 1)
        guard let value = args.positional.first else { return .bool(false) }
        return .bool(try value.isTruthyOrThrow())
    }

    @Sendable static func bytes(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        try args.check("bytes", min: 0, max: 3, keywords: ["source", "encoding", "errors"])
        let encoding = args.argument(1, "encoding"), errors = args.argument(2, "errors")
        guard let value = args.argument(0, "source") else {
            if encoding != nil { throw RuntimeError.typeError("encoding without a string argument") }
            if errors != nil { throw RuntimeError.typeError("errors without a string argument") }
            return .bytes([])
        }
        if case .str(let s) = value {
            guard let encoding else { throw RuntimeError.typeError("string argument without an encoding") }
            return try Codecs.encode(s, Arguments([encoding] + (errors.map { [$0] } ?? [])))
        }
        if encoding != nil { throw RuntimeError.typeError("encoding without a string argument") }
        if errors != nil { throw RuntimeError.typeError("errors without a string argument") }
        switch value {
        case .int(let n):
            guard n >= 0 else { throw RuntimeError.valueError("negative count") }
            try MemoryGuard.check(bytes: n)
            return .bytes(Array(repeating: 0, count: n))
        case .bigint(let n):
            if n.isNegative { throw RuntimeError.valueError("negative count") }
            throw RuntimeError.indexSizeOverflow()
        case .bytes: return value
        default:
            return .bytes(try Operations.collect(value, vm).map { v in
                guard case .int(let i) = v, (0...255).contains(i) else {
                    throw RuntimeError.valueError("bytes must be in range(0, 256)")
                }
                return UInt8(i)
            })
        }
    }

    @Sendable static func tuple(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        try args.check("tuple", min: 0, max: 1)
        guard let value = args.positional.first else { return .emptyTuple }
        return try tuple(of: value, vm)
    }

    /// `tuple(value)`.
    static func tuple(of value: Value, _ vm: Interpreter) throws -> Value {
        if case .tuple = value { return value }
        if case .list(let l) = value, l.items.count <= ListObject.copiedTupleLimit { return .tuple(l.copiedItems()) }
        return .tuple(try Operations.collect(value, vm))
    }

    @Sendable static func list(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        try args.check("list", min: 0, max: 1)
        guard let value = args.positional.first else { return .list(ListObject()) }
        return try list(of: value, vm)
    }

    /// `list(value)`.
    static func list(of value: Value, _ vm: Interpreter) throws -> Value {
        .list(ListObject(try Operations.collect(value, vm)))
    }

    @Sendable static func set(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        try args.check("set", min: 0, max: 1)
        guard let value = args.positional.first else { return .set(SetObject()) }
        return .set(try SetObject(try Operations.collect(value, vm)))
    }

    @Sendable static func frozenset(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        try args.check("frozenset", min: 0, max: 1)
        guard let value = args.positional.first else { return .set(SetObject(frozen: true)) }
        if case .set(let s) = value, s.isFrozen { return value }
        return .set(try SetObject(try Operations.collect(value, vm), frozen: true))
    }

    @Sendable static func dict(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        try args.check("dict", min: 0, max: 1, keywords: args.keywords.map(\.name))
        let d = DictObject()
        if let source = args.positional.first { try fillDict(d, from: source, vm) }
        for (k, v) in args.keywords { d.set(k, v) }
        return .dict(d)
    }

    /// `dict(source)` and `d.update(source)`: a mapping (a dict, or any object with `keys()`) by its keys, else
    /// an iterable of pairs.
    static func fillDict(_ d: DictObject, from source: Value, _ vm: Interpreter) throws {
        if case .dict(let other) = source.unwrappingBuiltin {
            for (k, v) in other.storage { try d.set(k, v) }
            return
        }
        if case .instance(let inst) = source {
            if case .dict(let other)? = inst.builtinValue, inst.cls.override("keys") == nil,
               inst.cls.override("__getitem__") == nil {
                for (k, v) in other.storage { try d.set(k, v) }
                return
            }
        }
        switch source {
        case .instance, .object:
            if let keys = try? Operations.attribute(source, "keys", vm) {
                try Operations.iterate(try vm.call(keys, Arguments()), vm) { key in
                    try d.set(key, try Operations.item(source, key, vm))
                    return true
                }
                return
            }
        default: break
        }
        var index = 0
        try Operations.iterate(source, vm) { pair in
            let items: [Value]
            do {
                items = try Operations.collect(pair, vm)
            } catch {
                throw RuntimeError.typeError("cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            guard items.count == 2 else {
                throw RuntimeError.valueError("dictionary update sequence element #\(index) has length "
                    + "\(items.count); 2 is required")
            }
            try d.set(items[0], items[1])
            index += 1
            return true
        }
    }

    /// A machine int from text (what numpy stores from a string).
    /// - Throws: `int()`'s `ValueError`, or `OverflowError` when the number does not fit in 64 bits.
    static func parseInt(_ text: String, base: Int) throws -> Int {
        guard case .int(let i) = try IntegerText.parse(text, base: base, nil) else {
            throw RuntimeError.overflow("Python int too large to convert to C long")
        }
        return i
    }

    @Sendable static func range(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        try args.check("range", min: 1, max: 3)
        if let machine = try machineRange(args.positional) { return .range(machine) }
        let values = try args.positional.map { try StringMethods.bigInteger($0) }
        if values.allSatisfy({ $0.asInt != nil }) {
            let small = values.map { $0.asInt ?? 0 }
            switch small.count {
            case 1: return .range(RangeObject(start: 0, stop: small[0], step: 1))
            case 2: return .range(RangeObject(start: small[0], stop: small[1], step: 1))
            default:
                if small[2] == 0 { throw RuntimeError.valueError("range() arg 3 must not be zero") }
                return .range(RangeObject(start: small[0], stop: small[1], step: small[2]))
            }
        }
        switch values.count {
        case 1: return .range(RangeObject(start: .zero, stop: values[0], step: BigInt(1)))
        case 2: return .range(RangeObject(start: values[0], stop: values[1], step: BigInt(1)))
        default:
            if values[2].isZero { throw RuntimeError.valueError("range() arg 3 must not be zero") }
            return .range(RangeObject(start: values[0], stop: values[1], step: values[2]))
        }
    }

    /// `T(x)` for the built-in types called most with one argument (`str`, `int`, `float`, `bool`, `range`),
    /// without an argument list: what `str(_:_:)`, `int`, `float`, `bool` and `range` give for these
    /// arguments; nil for other types and arguments (the caller then calls the constructor).
    static func callOne(_ t: TypeObject, _ x: Value, _ vm: Interpreter) throws -> Value? {
        if t === BuiltinTypes.str {
            if case .str = x { return x }
            return .str(try ValueFormatter.checkedStr(x, vm))
        }
        if t === BuiltinTypes.int {
            switch x {
            case .int, .bigint: return x
            case .float(let d): return try integer(d)
            case .str(let s): return try IntegerText.parse(s, base: 10, vm)
            default: return nil
            }
        }
        if t === BuiltinTypes.float {
            switch x {
            case .float: return x
            case .int(let i): return .float(Double(i))
            case .str(let s): return .float(try parseFloat(s))
            default: return nil
            }
        }
        if t === BuiltinTypes.range {
            guard case .int(let stop) = x else { return nil }
            return .range(RangeObject(start: 0, stop: stop, step: 1))
        }
        if t === BuiltinTypes.bool { return .bool(try x.isTruthyOrThrow()) }
        return nil
    }

    /// `range(...)` of machine ints (the common case), without converting its arguments to big integers; nil
    /// when an argument is not an `int`.
    static func machineRange(_ p: [Value]) throws -> RangeObject? {
        switch p.count {
        case 1:
            guard case .int(let stop) = p[0] else { return nil }
            return RangeObject(start: 0, stop: stop, step: 1)
        case 2:
            guard case .int(let start) = p[0], case .int(let stop) = p[1] else { return nil }
            return RangeObject(start: start, stop: stop, step: 1)
        default:
            guard case .int(let start) = p[0], case .int(let stop) = p[1], case .int(let step) = p[2] else {
                return nil
            }
            if step == 0 { throw RuntimeError.valueError("range() arg 3 must not be zero") }
            return RangeObject(start: start, stop: stop, step: step)
        }
    }

    @Sendable static func slice(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        try args.check("slice", min: 1, max: 3)
        switch args.count {
        case 1: return .slice(SliceObject(start: .none, stop: args[0], step: .none))
        case 2: return .slice(SliceObject(start: args[0], stop: args[1], step: .none))
        default: return .slice(SliceObject(start: args[0], stop: args[1], step: args[2]))
        }
    }

    @Sendable static func type(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        if args.count == 3 {
            // type(name, bases, dict): a new class.
            guard case .str(let name) = args[0] else {
                throw RuntimeError.typeError("type.__new__() argument 1 must be str, not \(args[0].typeName)")
            }
            guard case .tuple(let bases) = args[1] else {
                throw RuntimeError.typeError("type.__new__() argument 2 must be tuple, not \(args[1].typeName)")
            }
            guard case .dict(let attributes) = args[2] else {
                throw RuntimeError.typeError("type.__new__() argument 3 must be dict, not \(args[2].typeName)")
            }
            let namespace = DictObject(attributes.storage)
            if try namespace.get(.str("__qualname__")) == nil { namespace.set("__qualname__", .str(name)) }
            return .type(try vm.makeClass(name: name, arguments: Arguments(bases, keywords: args.keywords),
                                          namespace: namespace))
        }
        guard args.count == 1, args.keywords.isEmpty else {
            throw RuntimeError.typeError("type() takes 1 or 3 arguments")
        }
        return .type(args[0].type)
    }
}
