import PXBigInt
import PXNumeric

// MARK: - Method calls

extension Interpreter {
    /// Calls `receiver.name(arguments)`.
    public func callMethod(_ receiver: Value, _ name: String, _ arguments: Arguments) throws -> Value {
        if let result = try dispatchMethod(receiver, name, arguments) { return result }
        return try call(try Operations.attribute(receiver, name, self), arguments)
    }

    /// `receiver.name(arguments)` when the receiver's type handles the method by name, or nil (the attribute is
    /// then fetched and called).
    func dispatchMethod(_ receiver: Value, _ name: String, _ arguments: Arguments) throws -> Value? {
        let result: Value?
        switch receiver {
        case .str(let s): result = try StringMethods.call(s, name, arguments, self)
        case .list(let l): result = try CollectionMethods.list(l, name, arguments, self)
        case .tuple(let t): result = try CollectionMethods.tuple(t, name, arguments, self)
        case .dict(let d): result = try CollectionMethods.dict(d, name, arguments, self)
        case .set(let s): result = try CollectionMethods.set(s, name, arguments, self)
        case .bytes(let b): result = try CollectionMethods.bytes(b, name, arguments, self)
        case .ndarray(let a): result = try ArrayMethods.call(a, name, arguments, self)
        case .scalar(let s): result = try ScalarMethods.call(s, name, arguments, self)
        case .int(let i): result = try NumberMethods.int(BigInt(i), name, arguments)
        case .bigint(let b): result = try NumberMethods.int(b, name, arguments)
        case .bool(let b): result = try NumberMethods.int(BigInt(b ? 1 : 0), name, arguments)
        case .float(let d): result = try NumberMethods.float(d, name, arguments)
        case .range(let r):
            if let direct = try CollectionMethods.range(r, name, arguments) { return direct }
            result = try CollectionMethods.range(r, name, arguments, self)
        case .instance(let inst):
            return try callInstanceMethod(inst, name, arguments)
        case .object(let o):
            result = try o.callMethod(name, arguments, self)
        case .exception(let e):
            if e.type.isUserDefined, e.attributes[name] == nil, let method = e.type.find(name).found,
               !method.isDataDescriptor {
                return try invoke(method, receiver, e.type, arguments)
            }
            result = try ExceptionMethods.call(e, name, arguments, self)
        case .iterator(let it):
            result = try IteratorMethods.call(it, name, arguments, self)
        default:
            result = nil
        }
        if let result { return result }
        if let result = try Operations.containerDunder(receiver, name, arguments, self) { return result }
        if name == "__iter__", MethodCatalog.isIterable(receiver) {
            try arguments.check("__iter__", min: 0, max: 0)
            return .iterator(try Operations.makeIterator(receiver, self))
        }
        return nil
    }
}

/// Which built-in values have which methods (for attribute access, `dir()` and Tab completion).
public enum MethodCatalog {
    /// The method names of a value's type.
    public static func methods(of value: Value) -> [String] {
        switch value {
        case .str: return StringMethods.names
        case .list: return CollectionMethods.listNames
        case .tuple, .range: return CollectionMethods.tupleNames
        case .dict: return CollectionMethods.dictNames
        case .set(let s): return s.isFrozen ? CollectionMethods.frozensetNames : CollectionMethods.setNames
        case .bytes: return CollectionMethods.bytesNames
        case .ndarray: return ArrayMethods.methodNames
        case .scalar(let s): return ScalarMethods.names(s)
        case .int, .bigint, .bool: return NumberMethods.intNames
        case .float: return NumberMethods.floatNames
        case .object(let o): return o.attributeNames
        case .exception(let e): return ExceptionMethods.names(e)
        case .iterator(let it): return IteratorMethods.names(it)
        default: return []
        }
    }

    /// Whether `value.name` is a method: one of `methods(of:)`, or a special method that `dispatchMethod` handles
    /// for the value although `dir()` does not list it (`(5).__index__`, `[].__len__`).
    static func hasMethod(_ value: Value, _ name: String) -> Bool {
        methods(of: value).contains(name) || hasSpecialMethod(value, name)
    }

    /// Whether `dispatchMethod` handles the special method `name` of `value` by name (`containerDunder`,
    /// `NumberMethods.int`, `__iter__`), as the value's type in CPython has it.
    static func hasSpecialMethod(_ value: Value, _ name: String) -> Bool {
        switch name {
        case "__iter__": return isIterable(value)
        case "__len__", "__contains__":
            switch value {
            case .str, .bytes, .list, .tuple, .dict, .set, .range: return true
            default: return false
            }
        case "__getitem__":
            switch value {
            case .str, .bytes, .list, .tuple, .dict, .range: return true
            default: return false
            }
        case "__index__", "__int__":
            switch value {
            case .int, .bigint, .bool: return true
            default: return false
            }
        default: return false
        }
    }

    /// Whether a built-in value is iterable (it has `__iter__`).
    static func isIterable(_ value: Value) -> Bool {
        switch value {
        case .str, .bytes, .tuple, .list, .dict, .set, .range, .ndarray, .iterator: return true
        default: return false
        }
    }
}

/// Methods of numbers.
enum NumberMethods {
    static let intNames = ["as_integer_ratio", "bit_count", "bit_length", "conjugate", "denominator", "from_bytes",
                           "imag", "numerator", "real", "to_bytes"]
    static let floatNames = ["as_integer_ratio", "conjugate", "hex", "imag", "is_integer", "real"]

    static func int(_ i: BigInt, _ name: String, _ args: Arguments) throws -> Value? {
        switch name {
        case "bit_length":
            try args.check("bit_length", min: 0, max: 0)
            return .int(i.bitLength)
        case "bit_count":
            try args.check("bit_count", min: 0, max: 0)
            return .int(i.bitCount)
        case "conjugate", "__index__", "__int__": return .integer(i)
        case "as_integer_ratio": return .tuple([.integer(i), .int(1)])
        case "to_bytes": return try toBytes(i, args)
        default: return nil
        }
    }

    /// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
    static func toBytes(_ i: BigInt, _ args: Arguments) throws -> Value {
        try args.check("to_bytes", min: 0, max: 2, keywords: ["length", "byteorder", "signed"])
        let length = try args.argument(0, "length").map { try StringMethods.integer($0) } ?? 1
        guard length >= 0 else { throw RuntimeError.valueError("length argument must be non-negative") }
        let bigEndian = try byteOrder(args.argument(1, "byteorder"))
        let signed = args.keyword("signed")?.isTruthy ?? false
        if i.isNegative && !signed { throw RuntimeError.overflow("can't convert negative int to unsigned") }
        try MemoryGuard.check(bytes: length)
        guard let bytes = i.bytes(count: length, bigEndian: bigEndian, signed: signed) else {
            throw RuntimeError.overflow("int too big to convert")
        }
        return .bytes(bytes)
    }

    /// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
    static func fromBytes(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        try args.check("from_bytes", min: 1, max: 2, keywords: ["bytes", "byteorder", "signed"])
        let source = args[0]
        let bytes: [UInt8]
        switch source {
        case .bytes(let b): bytes = b
        case .str: throw RuntimeError.typeError("cannot convert 'str' object to bytes")
        default:
            bytes = try Operations.collect(source, vm).map { v in
                guard case .int(let n) = v, (0...255).contains(n) else {
                    throw RuntimeError.valueError("bytes must be in range(0, 256)")
                }
                return UInt8(n)
            }
        }
        let bigEndian = try byteOrder(args.argument(1, "byteorder"))
        let signed = args.keyword("signed")?.isTruthy ?? false
        return .integer(BigInt(bytes: bytes, bigEndian: bigEndian, signed: signed))
    }

    /// Whether a `byteorder` argument says big-endian (the default).
    static func byteOrder(_ value: Value?) throws -> Bool {
        guard let value else { return true }
        guard case .str(let order) = value, order == "big" || order == "little" else {
            if case .str = value { throw RuntimeError.valueError("byteorder must be either 'little' or 'big'") }
            throw RuntimeError.typeError("to_bytes() argument 'byteorder' must be str, not \(value.typeName)")
        }
        return order == "big"
    }

    static func float(_ d: Double, _ name: String, _ args: Arguments) throws -> Value? {
        switch name {
        case "is_integer": return .bool(d.isFinite && d == d.rounded())
        case "conjugate": return .float(d)
        case "as_integer_ratio":
            if d.isNaN { throw RuntimeError.valueError("cannot convert NaN to integer ratio") }
            guard d.isFinite else { throw RuntimeError.overflow("cannot convert Infinity to integer ratio") }
            if d == 0 { return .tuple([.int(0), .int(1)]) }
            // d = significand × 2^exponent exactly, with an odd significand once trailing zeros are removed.
            let significand = Int(d.significandBitPattern | (d.isNormal ? 1 << 52 : 0))
            var exponent = Int(d.exponent) - 52
            if !d.isNormal { exponent = -1074 }
            let zeros = significand.trailingZeroBitCount
            let odd = BigInt(significand >> zeros)
            exponent += zeros
            let numerator = exponent > 0 ? odd << exponent : odd
            let denominator = exponent < 0 ? BigInt(1) << -exponent : BigInt(1)
            return .tuple([.integer(d < 0 ? -numerator : numerator), .integer(denominator)])
        default: return nil
        }
    }
}
