/// The `collections` module: `deque` in Swift; `Counter`, `defaultdict`, `OrderedDict`, `namedtuple` and
/// `ChainMap` written in the language (`CollectionsModule+Source.swift`), as CPython writes most of them in
/// Python, over a few helpers of this file (counting, moving a key to an end, building a named tuple's
/// `__new__` and field accessors).
enum CollectionsModule {
    static func install(into r: Registry) {
        r.declareModule("collections", doc: "This module implements specialized container datatypes providing "
                        + "alternatives to Python's general purpose built-in containers, dict, list, set, and tuple.")
        r.register("collections.deque", value: .type(DequeObject.type))
        r.register("collections._count_elements", doc: "Count elements in the iterable, updating the mapping")
        { args, vm in
            try args.check("_count_elements", min: 2, max: 2)
            try countElements(args[0], args[1], vm)
            return .none
        }
        r.register("collections._move_to_end", doc: "Move an existing element to the end (or beginning if "
                   + "last is false).") { args, vm in
            try args.check("move_to_end", min: 2, max: 3)
            guard let d = dictionary(args[0]) else { throw RuntimeError.typeError("descriptor requires a 'dict'") }
            try d.moveToEnd(HashKey(args[1]), last: args.count < 3 || args[2].isTruthy)
            return .none
        }
        r.register("collections._tuple_new", doc: "Create a new instance of a tuple subclass from an iterable.")
        { args, vm in
            try args.check("_tuple_new", min: 2, max: 2)
            guard case .type(let cls) = args[0], cls.isSubtype(of: BuiltinTypes.tuple) else {
                throw RuntimeError.typeError("tuple.__new__(X): X is not a subtype of tuple")
            }
            return try vm.allocate(cls, Arguments([args[1]]))
        }
        r.register("collections._tuplegetter", doc: "A read-only field of a named tuple.") { args, _ in
            try args.check("_tuplegetter", min: 2, max: 2)
            let index = args[0]
            let getter = BuiltinFunction(name: "_tuplegetter", module: "collections") { inner, vm in
                try inner.check("_tuplegetter", min: 1, max: 1)
                return try Operations.item(inner[0].unwrappingBuiltin, index, vm)
            }
            let refuse = { (text: String) in
                BuiltinFunction(name: "_tuplegetter", module: "collections") { _, _ in
                    throw RuntimeError.attributeError(text)
                }
            }
            return .object(PropertyObject(getter: .builtin(getter), setter: .builtin(refuse("can't set attribute")),
                                          deleter: .builtin(refuse("can't delete attribute")), doc: args[1]))
        }
        r.register("collections._compile_def", doc: "Compile the source of one def and return the function.")
        { args, vm in
            try args.check("_compile_def", min: 1, max: 1)
            let source = try StringMethods.string(args[0], "source must be a str")
            return try vm.generatedFunction(source, fileName: "<namedtuple>")
        }
        r.registerSource("collections", CollectionsSource.text)
    }

    /// The dictionary a value is or extends (a `dict` subclass instance's built-in value).
    static func dictionary(_ v: Value) -> DictObject? {
        if case .dict(let d) = v.unwrappingBuiltin { return d }
        return nil
    }

    /// `_count_elements(mapping, iterable)`: adds one to `mapping[e]` for each element, straight on the
    /// dictionary when the mapping's class does not change item access.
    static func countElements(_ mapping: Value, _ iterable: Value, _ vm: Interpreter) throws {
        if case .instance(let inst) = mapping, case .dict(let d)? = inst.builtinValue,
           inst.cls.override("__getitem__") == nil, inst.cls.override("__setitem__") == nil,
           inst.cls.override("get") == nil {
            try Operations.iterate(iterable, vm) { e in
                let key = try HashKey(e)
                let (slot, position) = try d.locate(key)
                guard let position else {
                    d.insert(key, .int(1), slot: slot)
                    return true
                }
                let count = d.value(at: position)
                if case .int(let n) = count, n < Int.max {
                    d.setValue(.int(n + 1), at: position)
                } else {
                    try d.set(key, try Operations.binary(.add, count, .int(1), vm))
                }
                return true
            }
            return
        }
        let get = try Operations.attribute(mapping, "get", vm)
        try Operations.iterate(iterable, vm) { e in
            let count = try vm.call(get, Arguments([e, .int(0)]))
            try Operations.setItem(mapping, e, try Operations.binary(.add, count, .int(1), vm), vm)
            return true
        }
    }
}
