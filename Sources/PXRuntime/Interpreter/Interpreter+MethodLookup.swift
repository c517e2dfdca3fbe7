// MARK: - Method calls in two steps: the lookup, then (after the arguments) the call

extension Interpreter {
    /// Looks `receiver.name` up for a call, before the call's arguments are evaluated, as CPython does: a
    /// missing method raises its `AttributeError` here, and whatever the lookup runs (`__getattr__`, a
    /// property's getter) runs here.
    func lookUpMethod(_ receiver: Value, _ name: String) throws -> MethodTarget {
        switch receiver {
        case .instance(let inst):
            let cls = inst.cls
            if cls.override("__getattribute__") == nil, let method = cls.find(name).found, !method.isDataDescriptor,
               inst.ownAttribute(name) == nil {
                return .unbound(method, receiver: receiver, cls: cls)
            }
            return .value(try Operations.instanceAttribute(inst, name, self))
        case .str, .list, .tuple, .dict, .set, .bytes, .ndarray, .scalar, .int, .bigint, .bool, .float, .range,
             .iterator:
            if MethodCatalog.hasMethod(receiver, name) { return .byName }
            // An attribute that is not a method of the catalog (`a.T`, a numpy scalar's bound method): its value.
            return .value(try Operations.attribute(receiver, name, self))
        case .exception(let e):
            if e.type.isUserDefined, e.attributes[name] == nil, let method = e.type.find(name).found,
               !method.isDataDescriptor {
                return .unbound(method, receiver: receiver, cls: e.type)
            }
            if MethodCatalog.hasMethod(receiver, name) { return .byName }
            return .value(try Operations.attribute(receiver, name, self))
        case .object(let o):
            if let s = o as? SuperObject {
                // `super().name(...)` in a method: the class attribute after this class in the MRO.
                if case .type = s.receiver {} else {
                    guard let found = s.find(name) else {
                        throw RuntimeError.attributeError("'super' object has no attribute '\(name)'")
                    }
                    return .unbound(found, receiver: s.receiver, cls: s.searchClass)
                }
            }
            // A native object lists every method its `callMethod` handles in `attributeNames`: a name it does
            // not list is no method, so the call raises before its arguments are evaluated.
            if MethodCatalog.hasMethod(receiver, name) { return .byName }
            if let v = try o.attribute(name, self) { return .value(v) }
            throw RuntimeError.noAttribute(receiver, name)
        default:
            return .value(try Operations.attribute(receiver, name, self))
        }
    }

    /// Calls the method `target` that `lookUpMethod` found for `receiver.name`.
    func call(_ target: MethodTarget, _ receiver: Value, _ name: String, _ arguments: Arguments) throws -> Value {
        switch target {
        case .unbound(let method, let receiver, let cls):
            if arguments.keywords.isEmpty { return try invoke(method, receiver, cls, arguments.positional) }
            return try invoke(method, receiver, cls, arguments)
        case .byName:
            return try callMethod(receiver, name, arguments)
        case .value(let callee):
            return try call(callee, arguments)
        }
    }
}
