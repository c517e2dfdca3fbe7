import PXBigInt

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built-in functions (`print`, `len`, `sorted`, …), registered through `Registry`.
enum Builtins {
    /// The `...` singleton.
    nonisolated(unsafe) static let ellipsis = BuiltinFunction(name: "Ellipsis") { _, _ in .none }

    static func install(into r: Registry) {
        r.register("print", doc: "Prints the values to a stream, or to sys.stdout by default.",
                   parameters: ["sep", "end", "file", "flush"]) { args, vm in
            try args.check("print", min: 0, max: Int.max, keywords: ["sep", "end", "file", "flush"])
            let sep = try optionalString(args.keyword("sep"), "sep") ?? " "
            let end = try optionalString(args.keyword("end"), "end") ?? "\n"
            var stream = OutputStream.stdout
            var text = ""
            for (i, v) in args.positional.enumerated() {
                if i > 0 { text += sep }
                text += try ValueFormatter.checkedStr(v, vm)
            }
            switch args.keyword("file") {
            case nil, .none?: break
            case .object(let o as StreamObject)?: stream = o.stream
            case let file?:
                _ = try vm.callMethod(file, "write", Arguments([.str(text + end)]))
                if args.keyword("flush")?.isTruthy == true { _ = try vm.callMethod(file, "flush", Arguments()) }
                return .none
            }
            vm.output.write(text + end, to: stream)
            if args.keyword("flush")?.isTruthy == true { vm.output.flush() }
            return .none
        }
        r.registerUnary("len", doc: "Return the number of items in a container.", parameter: "obj") { v, vm in
            .int(try Operations.length(v, vm))
        }
        r.registerUnary("ascii", doc: "Return an ASCII-only representation of an object.", parameter: "obj") { v, vm in
            .str(ValueFormatter.asciiEscaped(try ValueFormatter.checkedRepr(v, vm)))
        }
        r.registerUnary("repr", doc: "Return the canonical string representation of the object.",
                        parameter: "obj") { v, vm in .str(try ValueFormatter.checkedRepr(v, vm)) }
        r.registerUnary("abs", doc: "Return the absolute value of the argument.") { v, vm in
            try absoluteValue(v, vm)
        }
        r.register("isinstance", doc: "Return whether an object is an instance of a class or of a subclass thereof.",
                   binary: { x, t, _ in .bool(try isInstance(x, t)) })
        { args, _ in
            try args.check("isinstance", min: 2, max: 2)
            return .bool(try isInstance(args[0], args[1]))
        }
        r.register("issubclass", doc: "Return whether 'cls' is derived from another class or is the same class.")
        { args, _ in
            try args.check("issubclass", min: 2, max: 2)
            guard case .type(let t) = args[0] else { throw RuntimeError.typeError("issubclass() arg 1 must be a class") }
            return .bool(try classMatches(t, args[1]))
        }
        r.registerUnary("callable", doc: "Return whether the object is callable.", parameter: "obj") { v, _ in
            .bool(isCallable(v))
        }
        r.register("divmod", doc: "Return the tuple (x//y, x%y).") { args, vm in
            try args.check("divmod", min: 2, max: 2)
            return .tuple([try Operations.binary(.floorDivide, args[0], args[1], vm),
                           try Operations.binary(.modulo, args[0], args[1], vm)])
        }
        r.register("pow", doc: "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments",
                   parameters: ["base", "exp", "mod"]) { args, vm in
            try args.check("pow", min: 2, max: 3)
            if args.count == 3 {
                guard let base = args[0].bigIntValue, let exp = args[1].bigIntValue, let mod = args[2].bigIntValue else {
                    throw RuntimeError.typeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                return try Operations.modularPower(base, exp, mod)
            }
            return try Operations.binary(.power, args[0], args[1], vm)
        }
        r.register("round", doc: "Round a number to a given precision in decimal digits.",
                   parameters: ["number", "ndigits"]) { args, _ in
            try args.check("round", min: 1, max: 2, keywords: ["ndigits"])
            return try Rounding.round(args[0], args.argument(1, "ndigits") ?? .none)
        }
        r.register("hash", doc: "Return the hash value for the given object.") { args, _ in
            try args.check("hash", min: 1, max: 1)
            return .int(try PythonHash.hash(args[0]))
        }
        r.register("id", doc: "Return the identity of an object.") { args, _ in
            try args.check("id", min: 1, max: 1)
            return .int(identity(args[0]))
        }
        r.registerUnary("chr", doc: "Return a Unicode string of one character with ordinal i.", parameter: "i") { v, _ in
            let i: Int
            switch v {
            case .int(let n): i = n
            case .bool(let b): i = b ? 1 : 0
            case .bigint: throw RuntimeError.overflow("Python int too large to convert to C int")
            default: throw RuntimeError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
            }
            if i > Int(Int32.max) || i < Int(Int32.min) {
                throw RuntimeError.overflow("Python int too large to convert to C int")
            }
            guard i >= 0, i < 0x110000, let s = Unicode.Scalar(UInt32(i)) else {
                throw RuntimeError.valueError("chr() arg not in range(0x110000)")
            }
            return .str(String(Character(s)))
        }
        r.registerUnary("ord", doc: "Return the Unicode code point for a one-character string.", parameter: "c") { v, _ in
            if case .str(let s) = v, s.unicodeScalars.count == 1, let c = s.unicodeScalars.first { return .int(Int(c.value)) }
            if case .str(let s) = v {
                throw RuntimeError.typeError("ord() expected a character, but string of length \(s.unicodeScalars.count) found")
            }
            throw RuntimeError.typeError("ord() expected string of length 1, but \(v.typeName) found")
        }
        for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
            r.registerUnary(name, doc: "Return the \(name) representation of an integer.") { v, _ in
                let i = try StringMethods.bigInteger(v)
                return .str((i.isNegative ? "-" : "") + prefix + i.magnitude.toString(radix: radix))
            }
        }
        r.register("format", doc: "Return value.__format__(format_spec)") { args, vm in
            try args.check("format", min: 1, max: 2)
            let spec = args.count > 1 ? try StringMethods.string(args[1], "format() argument 2 must be str") : ""
            return .str(try FormatSpec.format(args[0], spec, vm))
        }
        r.register("getattr", doc: "Get a named attribute from an object.") { args, vm in
            try args.check("getattr", min: 2, max: 3)
            let name = try StringMethods.string(args[1], "attribute name must be string")
            do {
                return try Operations.attribute(args[0], name, vm)
            } catch let error as RuntimeError where error.kind.isSubtype(of: BuiltinTypes.attributeError) && args.count == 3 {
                return args[2]
            }
        }
        r.register("hasattr", doc: "Return whether the object has an attribute with the given name.") { args, vm in
            try args.check("hasattr", min: 2, max: 2)
            let name = try StringMethods.string(args[1], "attribute name must be string")
            do {
                _ = try Operations.attribute(args[0], name, vm)
                return .bool(true)
            } catch let error as RuntimeError where error.kind.isSubtype(of: BuiltinTypes.attributeError) {
                return .bool(false)
            }
        }
        r.register("setattr", doc: "Sets the named attribute on the given object to the specified value.") { args, vm in
            try args.check("setattr", min: 3, max: 3)
            try Operations.setAttribute(args[0], try StringMethods.string(args[1], "attribute name must be string"),
                                        args[2], vm)
            return .none
        }
        r.register("delattr", doc: "Deletes the named attribute from the given object.") { args, vm in
            try args.check("delattr", min: 2, max: 2)
            try Operations.deleteAttribute(args[0], try StringMethods.string(args[1], "attribute name must be string"), vm)
            return .none
        }
        r.register("globals", doc: "Return the dictionary containing the current scope's global variables.") { args, vm in
            try args.check("globals", min: 0, max: 0)
            return .dict(CallerScope(globals: vm.globals, locals: nil).globalsDictionary)
        }
        r.register("input", doc: "Read a string from standard input.") { _, _ in
            throw RuntimeError(BuiltinTypes.osError, "input() is not available: the shell owns standard input")
        }
        r.register("Ellipsis", value: .builtin(ellipsis))
        for type in BuiltinTypes.namedTypes { r.register(type.name, value: .type(type)) }
        for type in BuiltinTypes.builtinExceptions { r.register(type.name, value: .type(type)) }
        r.register("EnvironmentError", value: .type(BuiltinTypes.osError))
        r.register("IOError", value: .type(BuiltinTypes.osError))
        IterationBuiltins.install(into: r)
        IntrospectionBuiltins.install(into: r)
        ImportBuiltin.install(into: r)
        EvalBuiltins.install(into: r)
        ClassBuiltins.install(into: r)
    }

    /// `abs(v)`.
    static func absoluteValue(_ v: Value, _ vm: Interpreter) throws -> Value {
        switch v {
        case .int(let i):
            if i == Int.min { return .integer(BigInt(i).magnitude) }
            return .int(abs(i))
        case .bigint(let b): return .integer(b.magnitude)
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(abs(d))
        case .ndarray, .scalar: return try ArrayOperators.unary(.absolute, v)
        default:
            if let r = try ComplexValues.absolute(v) { return r }
            if let r = try Operations.instanceUnary("__abs__", v, vm) { return r }
            if let base = v.builtinBase { return try absoluteValue(base, vm) }
            throw RuntimeError.typeError("bad operand type for abs(): '\(v.messageTypeName)'")
        }
    }

    static func optionalString(_ v: Value?, _ name: String) throws -> String? {
        switch v {
        case nil, .none?: return nil
        case .str(let s)?: return s
        case let other?: throw RuntimeError.typeError("\(name) must be None or a string, not \(other.typeName)")
        }
    }

    static func identity(_ v: Value) -> Int {
        switch v {
        case .int(let i): return i
        case .none: return 0x5F3759DF
        case .instance(let i): return PythonHash.identity(i)
        case .exception(let e): return PythonHash.identity(e)
        // Mutable containers and other objects are identified by their reference, never by their contents.
        case .list(let o): return PythonHash.identity(o)
        case .dict(let o): return PythonHash.identity(o)
        case .set(let o): return PythonHash.identity(o)
        case .range(let o): return PythonHash.identity(o)
        case .slice(let o): return PythonHash.identity(o)
        case .ndarray(let o): return PythonHash.identity(o)
        case .iterator(let o): return PythonHash.identity(o)
        case .object(let o): return PythonHash.identity(o)
        default: return (try? PythonHash.hash(v)) ?? 0
        }
    }

    static func isInstance(_ value: Value, _ classes: Value) throws -> Bool {
        try classMatches(value.type, classes)
    }

    static func classMatches(_ t: TypeObject, _ classes: Value) throws -> Bool {
        switch classes {
        case .type(let expected): return t.isSubtype(of: expected)
        case .tuple(let items):
            for item in items where try classMatches(t, item) { return true }
            return false
        default:
            throw RuntimeError.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
    }

    /// `callable(v)`.
    static func isCallable(_ v: Value) -> Bool {
        switch v {
        case .function, .builtin, .boundMethod, .type: return true
        case .object(let o): return o.attributeNames.contains("__call__") || o is StaticMethodObject
        case .instance(let i): return i.cls.override("__call__") != nil
        default: return false
        }
    }
}

extension Value {
    /// Whether the value is `None`.
    public var isNone: Bool {
        if case .none = self { return true }
        return false
    }
}
