import PXLang

/// `dir` and `help`.
enum IntrospectionBuiltins {
    static func install(into r: Registry) {
        r.register("dir", doc: "Show attributes of an object, or the names in the current scope.") { args, vm in
            try args.check("dir", min: 0, max: 1)
            guard let value = args.positional.first else {
                return .list(ListObject(vm.globals.names.map { .str($0) }))
            }
            return .list(ListObject(attributeNames(value, vm).map { .str($0) }))
        }
        r.register("help", doc: "Show the documentation of an object.") { args, vm in
            try args.check("help", min: 0, max: 1)
            guard let value = args.positional.first else {
                vm.output.write(Help.overview, to: .stdout)
                return .none
            }
            vm.output.write(Help.text(for: value, vm, width: vm.output.columns), to: .stdout)
            return .none
        }
    }

    /// The sorted attribute names of a value, as `dir(value)` lists them.
    static func attributeNames(_ value: Value, _ vm: Interpreter) -> [String] {
        var names: Set<String> = []
        switch value {
        case .module(let m):
            names.formUnion(m.order)
            names.formUnion(["__doc__", "__name__"])
        case .instance(let i):
            names.formUnion(i.ownAttributes.map(\.0))
            names.formUnion(classAttributeNames(i.cls))
        case .type(let t) where t.isUserDefined || t === BuiltinTypes.object:
            names.formUnion(classAttributeNames(t))
        case .type(let t):
            names.formUnion(["__doc__", "__name__"])
            if let sample = sampleValue(of: t) { names.formUnion(MethodCatalog.methods(of: sample)) }
        case .function:
            names.formUnion(["__doc__", "__name__", "__qualname__", "__module__"])
        case .object(let o):
            names.formUnion(o.attributeNames)
        case .exception(let e):
            names.formUnion(["args"])
            names.formUnion(e.attributes.keys)
            names.formUnion(MethodCatalog.methods(of: value))
        default:
            names.formUnion(MethodCatalog.methods(of: value))
            names.formUnion(["__class__", "__doc__"])
        }
        return names.sorted()
    }

    /// What `object` contributes to `dir()` (CPython 3.11).
    static let objectAttributeNames = [
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
        "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__",
        "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
    ]

    /// The attribute names of a class and its bases, as `dir(cls)` lists them.
    static func classAttributeNames(_ t: TypeObject) -> Set<String> {
        var names = Set(objectAttributeNames)
        for c in t.fullMRO where c.isUserDefined {
            names.formUnion(c.attributes.keys)
            if c.attributes["__slots__"] == nil { names.formUnion(["__dict__", "__weakref__"]) }
        }
        return names
    }

    static func sampleValue(of t: TypeObject) -> Value? {
        switch t.name {
        case "str": return .str("")
        case "list": return .list(ListObject())
        case "dict": return .dict(DictObject())
        case "set": return .set(SetObject())
        case "tuple": return .emptyTuple
        case "int": return .int(0)
        case "float": return .float(0)
        case "bytes": return .bytes([])
        default: return nil
        }
    }
}
