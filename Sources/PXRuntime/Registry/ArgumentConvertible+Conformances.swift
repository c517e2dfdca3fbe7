import PXBigInt
import PXNumeric

// MARK: - Scalars

extension Int: ArgumentConvertible, ResultConvertible {
    /// `int`.
    public static var typeDescription: String { "int" }

    /// Accepts `int` and `bool` (Python's bool is an int); an int beyond 64 bits is an overflow.
    public init(argument: Value) throws {
        switch argument {
        case .int(let i): self = i
        case .bool(let b): self = b ? 1 : 0
        case .bigint: throw ArgumentMismatch.overflow
        default: throw ArgumentMismatch()
        }
    }

    /// Integer and bool elements convert at once; float arrays do not convert.
    public static func elements(of array: NDArray) throws -> [Int] {
        guard !array.dtype.isFloat else { throw ArgumentMismatch(detail: "its dtype is \(array.dtype.name)") }
        return try numeric { try array.int64s().map { Int($0) } }
    }

    /// An `int`.
    public func makeValue() -> Value { .int(self) }
}

extension BigInt: ArgumentConvertible, ResultConvertible {
    /// `int`.
    public static var typeDescription: String { "int" }

    /// Accepts `int` of any size and `bool`, with CPython's wording for anything else.
    public init(argument: Value) throws {
        guard let i = argument.bigIntValue else {
            throw ArgumentMismatch(message: "'\(argument.typeName)' object cannot be interpreted as an integer")
        }
        self = i
    }

    /// An `int` (a machine integer when it fits).
    public func makeValue() -> Value { .integer(self) }
}

extension Double: ArgumentConvertible, ResultConvertible {
    /// `float`.
    public static var typeDescription: String { "float" }

    /// Accepts `float`, `int` and `bool`, as Python's `float()` parameters do.
    public init(argument: Value) throws {
        switch argument {
        case .float(let d): self = d
        case .int(let i): self = Double(i)
        case .bigint(let b):
            guard let d = b.doubleValue else { throw ArgumentMismatch.overflow }
            self = d
        case .bool(let b): self = b ? 1 : 0
        default: throw ArgumentMismatch()
        }
    }

    /// Every numeric array converts at once.
    public static func elements(of array: NDArray) throws -> [Double] { try numeric { try array.doubles() } }

    /// A `float`.
    public func makeValue() -> Value { .float(self) }
}

extension String: ArgumentConvertible, ResultConvertible {
    /// `str`.
    public static var typeDescription: String { "str" }

    /// Accepts `str` only.
    public init(argument: Value) throws {
        guard case .str(let s) = argument else { throw ArgumentMismatch() }
        self = s
    }

    /// A `str`.
    public func makeValue() -> Value { .str(self) }
}

extension Bool: ArgumentConvertible, ResultConvertible {
    /// `bool`.
    public static var typeDescription: String { "bool" }

    /// Accepts `bool` only (`0` and `1` are not flags).
    public init(argument: Value) throws {
        guard case .bool(let b) = argument else { throw ArgumentMismatch() }
        self = b
    }

    /// A `bool`.
    public func makeValue() -> Value { .bool(self) }
}

extension Value: ArgumentConvertible, ResultConvertible {
    /// `object`: any value.
    public static var typeDescription: String { "object" }

    /// Accepts anything, unchanged.
    public init(argument: Value) throws { self = argument }

    /// The value itself.
    public func makeValue() -> Value { self }
}

extension NDArray: ArgumentConvertible, ResultConvertible {
    /// `ndarray`.
    public static var typeDescription: String { "ndarray" }

    /// Accepts an ndarray (shared, not copied), or a flat list, tuple or range of numbers (copied into a new
    /// float64 array, or int64 when every element is an int).
    public convenience init(argument: Value) throws {
        switch argument {
        case .ndarray(let a):
            self.init(buffer: a.buffer, dtype: a.dtype, shape: a.shape, strides: a.strides, offset: a.offset, base: a)
        case .list, .tuple, .range:
            let items = try Operations.collect(argument, nil)
            if let ints = try? items.map({ v -> Int in
                guard case .int(let i) = v else { throw ArgumentMismatch() }
                return i
            }) {
                self.init(ints: ints)
                return
            }
            var floats: [Double] = []
            floats.reserveCapacity(items.count)
            for (i, item) in items.enumerated() {
                do { floats.append(try Double(argument: item)) } catch let mismatch as ArgumentMismatch {
                    throw mismatch.forItem(i, item)
                }
            }
            self.init(doubles: floats)
        default: throw ArgumentMismatch()
        }
    }

    /// An `ndarray`.
    public func makeValue() -> Value { .ndarray(self) }
}

// MARK: - Containers

extension Optional: ArgumentConvertible where Wrapped: ArgumentConvertible {
    /// `T | None`.
    public static var typeDescription: String { Wrapped.typeDescription + " | None" }

    /// `None` is nil; anything else converts as `Wrapped`.
    public init(argument: Value) throws {
        if case .none = argument {
            self = nil
        } else {
            self = try Wrapped(argument: argument)
        }
    }

    /// A left-out optional parameter is None.
    public static var omittedArgument: Wrapped?? { .some(nil) }
}

extension Optional: ResultConvertible where Wrapped: ResultConvertible {
    /// `T | None`.
    public static var typeDescription: String { Wrapped.typeDescription + " | None" }

    /// nil is `None`.
    public func makeValue() -> Value { map { $0.makeValue() } ?? .none }
}

extension Array: ArgumentConvertible where Element: ArgumentConvertible {
    /// `list[T]`.
    public static var typeDescription: String { "list[\(Element.typeDescription)]" }

    /// Accepts a list, tuple, range or ndarray whose every element converts as `Element`.
    public init(argument: Value) throws {
        let items: [Value]
        switch argument {
        case .list(let l): items = l.items
        case .tuple(let t): items = t
        case .range: items = try Operations.collect(argument, nil)
        case .ndarray(let a):
            self = try Element.elements(of: a)
            return
        default: throw ArgumentMismatch()
        }
        var result: [Element] = []
        result.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            do { result.append(try Element(argument: item)) } catch let mismatch as ArgumentMismatch {
                throw mismatch.forItem(i, item)
            }
        }
        self = result
    }
}

extension Array: ResultConvertible where Element: ResultConvertible {
    /// `list[T]`.
    public static var typeDescription: String { "list[\(Element.typeDescription)]" }

    /// A new list.
    public func makeValue() -> Value { .list(ListObject(map { $0.makeValue() })) }
}

extension Dictionary: ArgumentConvertible where Key == String, Value: ArgumentConvertible {
    /// `dict[str, T]`.
    public static var typeDescription: String { "dict[str, \(Value.typeDescription)]" }

    /// Accepts a dict whose keys are strings and whose values convert as `Value`.
    public init(argument: PXRuntime.Value) throws {
        guard case .dict(let d) = argument else { throw ArgumentMismatch() }
        var result: [String: Value] = [:]
        for (key, value) in d.storage {
            guard case .str(let name) = key.value else {
                throw ArgumentMismatch(detail: "key \(ValueFormatter.repr(key.value)) is \(key.value.typeName)")
            }
            do { result[name] = try Value(argument: value) } catch is ArgumentMismatch {
                throw ArgumentMismatch(detail: "the value of '\(name)' is \(value.typeName)")
            }
        }
        self = result
    }
}

extension Dictionary: ResultConvertible where Key == String, Value: ResultConvertible {
    /// `dict[str, T]`.
    public static var typeDescription: String { "dict[str, \(Value.typeDescription)]" }

    /// A new dict, with keys in sorted order (Swift dictionaries have no order of their own).
    public func makeValue() -> PXRuntime.Value {
        let d = DictObject()
        for key in keys.sorted() {
            if let value = self[key] { d.set(key, value.makeValue()) }
        }
        return .dict(d)
    }
}
