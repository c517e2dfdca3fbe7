import PXNumeric
// MARK: - Method calls

extension Interpreter {
    /// Calls `receiver.name(arguments)`.
    public func callMethod(_ receiver: Value, _ name: String, _ arguments: Arguments) throws -> Value {
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
        case .int(let i): result = try NumberMethods.int(i, name, arguments)
        case .float(let d): result = try NumberMethods.float(d, name, arguments)
        case .range(let r):
            result = try CollectionMethods.range(r, name, arguments, self)
        case .instance(let inst):
            return try callInstanceMethod(inst, name, arguments)
        case .object(let o):
            if let r = try o.callMethod(name, arguments, self) { return r }
            return try call(try Operations.attribute(receiver, name, self), arguments)
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
        if name == "__iter__", MethodCatalog.isIterable(receiver) {
            try arguments.check("__iter__", min: 0, max: 0)
            return .iterator(try Operations.makeIterator(receiver, self))
        }
        return try call(try Operations.attribute(receiver, name, self), arguments)
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
        case .set: return CollectionMethods.setNames
        case .bytes: return CollectionMethods.bytesNames
        case .ndarray: return ArrayMethods.methodNames
        case .scalar(let s): return ScalarMethods.names(s)
        case .int: return NumberMethods.intNames
        case .float: return NumberMethods.floatNames
        case .object(let o): return o.attributeNames
        case .exception(let e): return ExceptionMethods.names(e)
        case .iterator(let it): return IteratorMethods.names(it)
        default: return []
        }
    }

    static func hasMethod(_ value: Value, _ name: String) -> Bool {
        (name == "__iter__" && isIterable(value)) || methods(of: value).contains(name)
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
    static let intNames = ["bit_length", "conjugate", "denominator", "imag", "numerator", "real", "to_bytes"]
    static let floatNames = ["as_integer_ratio", "conjugate", "hex", "imag", "is_integer", "real"]

    static func int(_ i: Int, _ name: String, _ args: Arguments) throws -> Value? {
        switch name {
        case "bit_length": return .int(Int.bitWidth - i.magnitude.leadingZeroBitCount)
        case "conjugate": return .int(i)
        default: return nil
        }
    }

    static func float(_ d: Double, _ name: String, _ args: Arguments) throws -> Value? {
        switch name {
        case "is_integer": return .bool(d.isFinite && d == d.rounded())
        case "conjugate": return .float(d)
        case "as_integer_ratio":
            guard d.isFinite else { throw RuntimeError.overflow("cannot convert Infinity to integer ratio") }
            var numerator = d
            var denominator = 1
            while numerator != numerator.rounded() {
                numerator *= 2
                denominator *= 2
            }
            return .tuple([.int(Int(numerator)), .int(denominator)])
        default: return nil
        }
    }
}
