/// A class held without keeping it alive.
struct WeakType {
    weak var type: TypeObject?
}

extension TypeObject {
    /// The live classes that name this one as a direct base, in creation order. Only classes defined in the
    /// language keep track; a built-in type answers an empty list (see `Interpreter.subclasses(of:)`).
    public var subclasses: [TypeObject] {
        subclassReferences.compactMap(\.type)
    }
}

extension Interpreter {
    /// `t.__subclasses__()`: the live classes that name `t` as a direct base. For a built-in type, the built-in
    /// types that do (by name; CPython's list would also hold its standard library's classes), then the classes
    /// made here that do, in creation order.
    public func subclasses(of t: TypeObject) -> [TypeObject] {
        if t.isUserDefined { return t.subclasses }
        var seen: Set<ObjectIdentifier> = []
        let builtin = registry.builtins.values.compactMap { value -> TypeObject? in
            guard case .type(let s) = value, !s.isUserDefined, s.module == nil, s !== t,
                  (s.bases.isEmpty ? [BuiltinTypes.object] : s.bases).contains(where: { $0 === t }),
                  seen.insert(ObjectIdentifier(s)).inserted else { return nil }
            return s
        }
        return builtin.sorted { $0.name < $1.name }
            + (builtinTypeSubclasses[ObjectIdentifier(t)] ?? []).compactMap(\.type)
    }

    /// Notes a new class under each built-in type it names as a direct base. Dead entries are dropped whenever a
    /// list doubles, so a program making classes in a loop keeps the lists short.
    func recordSubclassOfBuiltinTypes(_ cls: TypeObject) {
        for base in cls.bases where !base.isUserDefined {
            var list = builtinTypeSubclasses.removeValue(forKey: ObjectIdentifier(base)) ?? []
            if list.count >= 16 && list.count & (list.count - 1) == 0 { list.removeAll { $0.type == nil } }
            list.append(WeakType(type: cls))
            builtinTypeSubclasses[ObjectIdentifier(base)] = list
        }
    }
}
