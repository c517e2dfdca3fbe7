import PXLang

/// The built-ins of classes: `property`, `staticmethod`, `classmethod`, `super`, `vars`, `NotImplemented`.
enum ClassBuiltins {
    /// `property`.
    static let propertyType = TypeObject(
        name: "property", doc: "Property attribute.", constructor: { args, _ in
            try args.check("property", min: 0, max: 4, keywords: ["fget", "fset", "fdel", "doc"])
            return .object(PropertyObject(getter: args.argument(0, "fget") ?? .none,
                                          setter: args.argument(1, "fset") ?? .none,
                                          deleter: args.argument(2, "fdel") ?? .none,
                                          doc: args.argument(3, "doc") ?? .none))
        })

    /// `staticmethod`.
    static let staticMethodType = TypeObject(
        name: "staticmethod", doc: "Convert a function to be a static method.", constructor: { args, _ in
            try args.check("staticmethod", min: 1, max: 1)
            return .object(StaticMethodObject(args[0]))
        })

    /// `classmethod`.
    static let classMethodType = TypeObject(
        name: "classmethod", doc: "Convert a function to be a class method.", constructor: { args, _ in
            try args.check("classmethod", min: 1, max: 1)
            return .object(ClassMethodObject(args[0]))
        })

    /// `super`.
    static let superType = TypeObject(
        name: "super", doc: "super() -> same as super(__class__, <first argument>)", constructor: { args, _ in
            try args.check("super", min: 0, max: 2)
            guard args.count == 2 else {
                if args.count == 0 { throw RuntimeError(BuiltinTypes.runtimeError, "super(): no arguments") }
                throw RuntimeError.typeError("super() with one argument is not supported by swiftpx")
            }
            guard case .type(let cls) = args[0] else {
                throw RuntimeError.typeError("super() argument 1 must be a type, not \(args[0].typeName)")
            }
            return try makeSuper(cls, args[1])
        })

    /// `super(cls, receiver)`.
    static func makeSuper(_ cls: TypeObject, _ receiver: Value) throws -> Value {
        if case .type(let t) = receiver, t.isSubtype(of: cls) {
            return .object(SuperObject(thisClass: cls, receiver: receiver, searchClass: t))
        }
        let t = receiver.type
        guard t.isSubtype(of: cls) else {
            throw RuntimeError.typeError("super(type, obj): obj must be an instance or subtype of type")
        }
        return .object(SuperObject(thisClass: cls, receiver: receiver, searchClass: t))
    }

    static func install(into r: Registry) {
        for t in [propertyType, staticMethodType, classMethodType, superType] { r.register(t.name, value: .type(t)) }
        r.register("NotImplemented", value: .notImplemented)
        r.register("vars", doc: "Show vars.") { args, vm in
            try args.check("vars", min: 0, max: 1)
            guard let value = args.positional.first else {
                return .dict(CallerScope(globals: vm.globals, locals: nil).globalsDictionary)
            }
            switch value {
            case .instance(let i): return .dict(i.attributeDictionary)
            case .type, .function, .module: return try Operations.attribute(value, "__dict__", vm)
            default: throw RuntimeError.typeError("vars() argument must have __dict__ attribute")
            }
        }
    }
}
