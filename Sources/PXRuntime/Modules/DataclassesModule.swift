import PXLang

/// The `dataclasses` module: `@dataclass` adds `__init__`, `__repr__`, `__eq__` (and with options the
/// orderings, `__hash__`, frozen `__setattr__`) written as source in the language and compiled, as CPython's
/// dataclasses does; so the methods are ordinary functions that run fast and travel to engines.
enum DataclassesModule {
    /// `dataclasses.MISSING`.
    static var missing: Value { .object(MissingObject.shared) }

    /// `dataclasses.FrozenInstanceError`.
    static let frozenInstanceError = TypeObject(name: "FrozenInstanceError", base: BuiltinTypes.attributeError,
                                                module: "dataclasses")

    /// The options of `@dataclass(...)`.
    struct Options {
        var initialize = true, repr = true, eq = true, order = false, unsafeHash = false, frozen = false
        var matchArgs = true, keywordOnly = false

        static let names = ["init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots",
                            "weakref_slot"]

        init(_ args: Arguments) {
            for (name, value) in args.keywords {
                let flag = value.isTruthy
                switch name {
                case "init": initialize = flag
                case "repr": repr = flag
                case "eq": eq = flag
                case "order": order = flag
                case "unsafe_hash": unsafeHash = flag
                case "frozen": frozen = flag
                case "match_args": matchArgs = flag
                case "kw_only": keywordOnly = flag
                default: break
                }
            }
        }
    }

    static func install(into r: Registry) {
        r.declareModule("dataclasses", doc: "Generate special methods for classes with annotated fields.")
        r.register("dataclasses.MISSING", value: missing)
        r.register("dataclasses.FrozenInstanceError", value: .type(frozenInstanceError))
        r.register("dataclasses.dataclass", doc: "Add dunder methods based on the fields defined in the class.",
                   parameters: Options.names) { args, vm in
            try args.check("dataclass", min: 0, max: 1, keywords: Options.names)
            let options = Options(args)
            if let target = args.positional.first, !target.isNone { return try process(target, options, vm) }
            return .builtin(BuiltinFunction(name: "wrap", module: "dataclasses") { inner, vm in
                try inner.check("wrap", min: 1, max: 1)
                return try process(inner[0], options, vm)
            })
        }
        r.register("dataclasses.field", doc: "Return an object to identify dataclass fields.",
                   parameters: ["default", "default_factory", "init", "repr", "hash", "compare", "metadata",
                                "kw_only"]) { args, _ in
            try args.check("field", min: 0, max: 0, keywords: ["default", "default_factory", "init", "repr", "hash",
                                                                "compare", "metadata", "kw_only"])
            let defaultValue = args.keyword("default").flatMap { isMissing($0) ? nil : $0 }
            let factory = args.keyword("default_factory").flatMap { isMissing($0) ? nil : $0 }
            if defaultValue != nil && factory != nil {
                throw RuntimeError.valueError("cannot specify both default and default_factory")
            }
            return .object(DataclassField(
                defaultValue: defaultValue, defaultFactory: factory,
                isInitialized: args.keyword("init")?.isTruthy ?? true, isShown: args.keyword("repr")?.isTruthy ?? true,
                isCompared: args.keyword("compare")?.isTruthy ?? true, hash: args.keyword("hash") ?? .none,
                keywordOnly: args.keyword("kw_only").flatMap { isMissing($0) ? nil : $0.isTruthy },
                metadata: args.keyword("metadata") ?? .dict(DictObject())))
        }
        r.register("dataclasses.fields", doc: "Return a tuple describing the fields of this dataclass.") { args, _ in
            try args.check("fields", min: 1, max: 1)
            guard let fields = dataclassFields(args[0]) else {
                throw RuntimeError.typeError("must be called with a dataclass type or instance")
            }
            return .tuple(fields.map { .object($0) })
        }
        r.register("dataclasses.is_dataclass", doc: "Returns True if obj is a dataclass or an instance of a dataclass.")
        { args, _ in
            try args.check("is_dataclass", min: 1, max: 1)
            return .bool(dataclassFields(args[0]) != nil)
        }
        r.register("dataclasses.asdict", doc: "Return the fields of a dataclass instance as a new dictionary.") { args, vm in
            try args.check("asdict", min: 1, max: 1)
            guard case .instance = args[0], dataclassFields(args[0]) != nil else {
                throw RuntimeError.typeError("asdict() should be called on dataclass instances")
            }
            return try convert(args[0], asTuple: false, vm)
        }
        r.register("dataclasses.astuple", doc: "Return the fields of a dataclass instance as a new tuple.") { args, vm in
            try args.check("astuple", min: 1, max: 1)
            guard case .instance = args[0], dataclassFields(args[0]) != nil else {
                throw RuntimeError.typeError("astuple() should be called on dataclass instances")
            }
            return try convert(args[0], asTuple: true, vm)
        }
        r.register("dataclasses.replace", doc: "Return a new object replacing specified fields with new values.") { args, vm in
            try args.check("replace", min: 1, max: 1, keywords: args.keywords.map(\.name))
            let object = args[0]
            guard case .instance = object, let fields = dataclassFields(object) else {
                throw RuntimeError.typeError("replace() should be called on dataclass instances")
            }
            var keywords: [(name: String, value: Value)] = []
            for field in fields {
                guard let name = field.name else { continue }
                if let changed = args.keyword(name) {
                    guard field.isInitialized else {
                        throw RuntimeError.valueError("field \(name) is declared with init=False, it cannot be "
                            + "specified with replace()")
                    }
                    keywords.append((name, changed))
                } else if field.isInitialized {
                    keywords.append((name, try Operations.attribute(object, name, vm)))
                }
            }
            for (name, _) in args.keywords where !fields.contains(where: { $0.name == name }) {
                throw RuntimeError.typeError("\(object.typeName).__init__() got an unexpected keyword argument '\(name)'")
            }
            return try vm.call(.type(object.type), Arguments([], keywords: keywords))
        }
    }

    static func isMissing(_ v: Value) -> Bool {
        if case .object(let o) = v { return o === MissingObject.shared }
        return false
    }

    /// The fields of a dataclass or dataclass instance; nil for anything else.
    static func dataclassFields(_ value: Value) -> [DataclassField]? {
        let cls: TypeObject
        switch value {
        case .type(let t): cls = t
        case .instance(let i): cls = i.cls
        default: return nil
        }
        guard cls.isUserDefined, case .dict(let d)? = cls.lookup("__dataclass_fields__") else { return nil }
        return d.storage.values.compactMap {
            if case .object(let o) = $0 { return o as? DataclassField }
            return nil
        }
    }

    /// `asdict` / `astuple`: dataclass instances, lists, tuples and dicts converted recursively.
    static func convert(_ value: Value, asTuple: Bool, _ vm: Interpreter) throws -> Value {
        switch value {
        case .instance:
            guard let fields = dataclassFields(value) else { return value }
            if asTuple {
                return .tuple(try fields.compactMap(\.name).map {
                    try convert(try Operations.attribute(value, $0, vm), asTuple: true, vm)
                })
            }
            let d = DictObject()
            for name in fields.compactMap(\.name) {
                d.set(name, try convert(try Operations.attribute(value, name, vm), asTuple: false, vm))
            }
            return .dict(d)
        case .list(let l): return .list(ListObject(try l.items.map { try convert($0, asTuple: asTuple, vm) }))
        case .tuple(let t): return .tuple(try t.map { try convert($0, asTuple: asTuple, vm) })
        case .dict(let source):
            let d = DictObject()
            for (k, v) in source.storage {
                try d.set(try convert(k.value, asTuple: asTuple, vm), try convert(v, asTuple: asTuple, vm))
            }
            return .dict(d)
        default:
            return value
        }
    }
}
