/// The `abc` module: `ABC`, `ABCMeta` and `abstractmethod`. A class deriving from `ABC` (or made with
/// `metaclass=ABCMeta`) cannot be instantiated while it has abstract methods that no class in its MRO
/// overrides.
enum AbcModule {
    /// `abc.ABCMeta`, accepted as `metaclass=` (classes made with it are ordinary classes marked abstract-aware).
    static let metaclass = TypeObject(name: "ABCMeta", base: BuiltinTypes.type, module: "abc",
                                      doc: "Metaclass for defining Abstract Base Classes (ABCs).")

    static func install(into r: Registry) {
        r.registerModule("abc", doc: "Abstract Base Classes (ABCs) according to PEP 3119.") { vm in
            var members: [(String, Value)] = [("ABCMeta", .type(metaclass))]
            let namespace = DictObject()
            namespace.set("__module__", .str("abc"))
            namespace.set("__doc__", .str("Helper class that provides a standard way to create an ABC using inheritance."))
            namespace.set("__slots__", .emptyTuple)
            if let abc = try? vm.makeClass(name: "ABC", arguments: Arguments([], keywords: [("metaclass", .type(metaclass))]),
                                           namespace: namespace) {
                members.append(("ABC", .type(abc)))
            }
            members.append(("abstractmethod", .builtin(BuiltinFunction(
                name: "abstractmethod", module: "abc", doc: "A decorator indicating abstract methods.") { args, vm in
                    try args.check("abstractmethod", min: 1, max: 1)
                    try Operations.setAttribute(args[0], "__isabstractmethod__", .bool(true), vm)
                    return args[0]
                })))
            return members
        }
    }

    /// Whether a class attribute is abstract: a function marked by `abstractmethod`, or a property, static or
    /// class method wrapping one.
    static func isAbstract(_ value: Value) -> Bool {
        switch value {
        case .function(let f): return f.attributes["__isabstractmethod__"]?.isTruthy ?? false
        case .object(let o):
            if let p = o as? PropertyObject { return isAbstract(p.getter) || isAbstract(p.setter) }
            if let s = o as? StaticMethodObject { return isAbstract(s.function) }
            if let c = o as? ClassMethodObject { return isAbstract(c.function) }
            return false
        default: return false
        }
    }

    /// The abstract methods of a new abstract-aware class: those it declares, and those of its bases it does not
    /// override, sorted.
    static func abstractMethods(of cls: TypeObject) -> [String] {
        var candidates = Set(cls.attributes.filter { isAbstract($0.value) }.map(\.key))
        for base in cls.bases { candidates.formUnion(base.abstractMethods) }
        return candidates.filter { cls.lookup($0).map(isAbstract) ?? false }.sorted()
    }
}
