import PXLang

/// The `functools` and `operator` modules.
enum FunctionalModules {
    /// `functools.update_wrapper`: copies `__module__`, `__name__`, `__qualname__` and `__doc__`, merges the
    /// attribute dictionary and sets `__wrapped__`.
    static func updateWrapper(_ wrapper: Value, _ wrapped: Value, _ vm: Interpreter) throws {
        for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
            guard let value = try? Operations.attribute(wrapped, name, vm) else { continue }
            try Operations.setAttribute(wrapper, name, value, vm)
        }
        if case .function(let source) = wrapped, case .function(let target) = wrapper {
            for (key, value) in source.attributes where !["__name__", "__qualname__", "__doc__"].contains(key) {
                target.attributes[key] = value
            }
        }
        try Operations.setAttribute(wrapper, "__wrapped__", wrapped, vm)
    }

    static func install(into r: Registry) {
        r.declareModule("functools", doc: "Tools for working with functions and callable objects.")
        r.register("functools.reduce", doc: "reduce(function, iterable[, initial]) -> value\n\nApply a function of "
                   + "two arguments cumulatively to the items of a sequence or iterable, from left to right, so as "
                   + "to reduce the iterable to a single value.") { args, vm in
            try args.check("reduce", min: 2, max: 3)
            let function = args[0]
            var accumulator: Value? = args.count > 2 ? args[2] : nil
            try Operations.iterate(args[1], vm) { e in
                if let current = accumulator {
                    accumulator = try vm.call(function, current, e)
                } else {
                    accumulator = e
                }
                return true
            }
            guard let result = accumulator else {
                throw RuntimeError.typeError("reduce() of empty iterable with no initial value")
            }
            return result
        }
        r.register("functools.partial", value: .type(Partial.type))
        r.register("functools.update_wrapper", doc: "Update a wrapper function to look like the wrapped function.",
                   parameters: ["wrapper", "wrapped", "assigned", "updated"]) { args, vm in
            try args.check("update_wrapper", min: 2, max: 2)
            try updateWrapper(args[0], args[1], vm)
            return args[0]
        }
        r.register("functools.wraps", doc: "Decorator factory to apply update_wrapper() to a wrapper function.",
                   parameters: ["wrapped", "assigned", "updated"]) { args, _ in
            try args.check("wraps", min: 1, max: 1)
            let wrapped = args[0]
            return .builtin(BuiltinFunction(name: "decorator", module: "functools") { inner, vm in
                try inner.check("decorator", min: 1, max: 1)
                try updateWrapper(inner[0], wrapped, vm)
                return inner[0]
            })
        }
        r.declareModule("operator", doc: "Operator interface.")
        let binaries: [(String, BinaryOperator)] = [
            ("add", .add), ("sub", .subtract), ("mul", .multiply), ("truediv", .divide), ("floordiv", .floorDivide),
            ("mod", .modulo), ("pow", .power), ("and_", .bitAnd), ("or_", .bitOr), ("xor", .bitXor),
            ("lshift", .leftShift), ("rshift", .rightShift),
        ]
        for (name, op) in binaries {
            r.register("operator." + name, doc: "Same as a \(op.rawValue) b.") { args, vm in
                try args.check(name, min: 2, max: 2)
                return try Operations.binary(op, args[0], args[1], vm)
            }
        }
        let comparisons: [(String, ComparisonOperator)] = [
            ("eq", .equal), ("ne", .notEqual), ("lt", .less), ("le", .lessEqual), ("gt", .greater),
            ("ge", .greaterEqual), ("contains", .in),
        ]
        for (name, op) in comparisons {
            r.register("operator." + name, doc: "Same as a \(op.rawValue) b.") { args, vm in
                try args.check(name, min: 2, max: 2)
                if op == .in { return .bool(try Operations.contains(args[0], args[1], vm)) }
                return try Operations.compareValue(op, args[0], args[1], vm)
            }
        }
        r.register("operator.getitem", doc: "Same as a[b].") { args, vm in
            try args.check("getitem", min: 2, max: 2)
            return try Operations.item(args[0], args[1], vm)
        }
        r.register("operator.setitem", doc: "Same as a[b] = c.") { args, vm in
            try args.check("setitem", min: 3, max: 3)
            try Operations.setItem(args[0], args[1], args[2], vm)
            return .none
        }
        r.register("operator.concat", doc: "Same as a + b, for a and b sequences.") { args, vm in
            try args.check("concat", min: 2, max: 2)
            return try Operations.binary(.add, args[0], args[1], vm)
        }
        r.register("operator.is_", doc: "Same as a is b.") { args, _ in
            try args.check("is_", min: 2, max: 2)
            return .bool(Operations.identical(args[0], args[1]))
        }
        r.register("operator.is_not", doc: "Same as a is not b.") { args, _ in
            try args.check("is_not", min: 2, max: 2)
            return .bool(!Operations.identical(args[0], args[1]))
        }
        r.registerUnary("operator.index", doc: "Same as a.__index__()") { v, _ in .int(try StringMethods.integer(v)) }
        r.registerUnary("operator.invert", doc: "Same as ~a.") { v, vm in try Operations.invert(v, vm) }
        r.registerUnary("operator.neg", doc: "Same as -a.") { v, _ in try Operations.negate(v) }
        r.registerUnary("operator.pos", doc: "Same as +a.") { v, _ in try Operations.unaryPlus(v) }
        r.registerUnary("operator.not_", doc: "Same as not a.") { v, _ in .bool(!v.isTruthy) }
        r.registerUnary("operator.truth", doc: "Return True if a is true, False otherwise.") { v, _ in .bool(v.isTruthy) }
        r.registerUnary("operator.abs", doc: "Same as abs(a).") { v, vm in
            guard let f = vm.registry.builtins["abs"] else { return v }
            return try vm.call(f, v)
        }
        r.register("operator.itemgetter", doc: "Return a callable object that fetches the given item(s) from its operand.")
        { args, _ in
            let keys = args.positional
            let getter = BuiltinFunction(name: "itemgetter", module: "operator") { inner, vm in
                try inner.check("itemgetter", min: 1, max: 1)
                if keys.count == 1 { return try Operations.item(inner[0], keys[0], vm) }
                return .tuple(try keys.map { try Operations.item(inner[0], $0, vm) })
            }
            return .builtin(getter)
        }
        r.register("operator.attrgetter", doc: "Return a callable object that fetches the given attribute(s) from its operand.")
        { args, _ in
            let names = try args.positional.map { try StringMethods.string($0, "attribute name must be a string") }
            let getter = BuiltinFunction(name: "attrgetter", module: "operator") { inner, vm in
                try inner.check("attrgetter", min: 1, max: 1)
                func get(_ path: String) throws -> Value {
                    var v = inner[0]
                    for part in path.split(separator: ".") { v = try Operations.attribute(v, String(part), vm) }
                    return v
                }
                if names.count == 1 { return try get(names[0]) }
                return .tuple(try names.map(get))
            }
            return .builtin(getter)
        }
    }
}

/// `functools.partial(f, *args, **kwargs)`.
public final class Partial: NativeObject {
    /// The wrapped callable.
    public let function: Value
    /// The frozen positional arguments.
    public let arguments: [Value]
    /// The frozen keyword arguments.
    public let keywords: [(name: String, value: Value)]

    /// Creates a partial application.
    public init(function: Value, arguments: [Value], keywords: [(name: String, value: Value)]) {
        self.function = function
        self.arguments = arguments
        self.keywords = keywords
    }

    /// `functools.partial`.
    public static let type = TypeObject(name: "partial", module: "functools",
                                        doc: "partial(func, *args, **keywords) - new function with partial application "
                                            + "of the given arguments and keywords.") { args, _ in
        guard let function = args.positional.first else {
            throw RuntimeError.typeError("type 'partial' takes at least one argument")
        }
        return .object(Partial(function: function, arguments: Array(args.positional.dropFirst()),
                               keywords: args.keywords))
    }

    public var pythonType: TypeObject { Partial.type }
    public var attributeNames: [String] { ["func", "args", "keywords", "__call__"] }

    public func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "func": return function
        case "args": return .tuple(arguments)
        case "keywords":
            let d = DictObject()
            for (k, v) in keywords { d.set(k, v) }
            return .dict(d)
        default: return nil
        }
    }

    public func call(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        var merged = keywords
        for (k, v) in args.keywords {
            if let i = merged.firstIndex(where: { $0.name == k }) { merged[i] = (k, v) } else { merged.append((k, v)) }
        }
        return try interpreter.call(function, Arguments(arguments + args.positional, keywords: merged))
    }

    public func repr(_ interpreter: Interpreter?) -> String {
        var parts = [ValueFormatter.repr(function, interpreter)]
        parts += arguments.map { ValueFormatter.repr($0, interpreter) }
        parts += keywords.map { "\($0.name)=\(ValueFormatter.repr($0.value, interpreter))" }
        return "functools.partial(\(parts.joined(separator: ", ")))"
    }
}
