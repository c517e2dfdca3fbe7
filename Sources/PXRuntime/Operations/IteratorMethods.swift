/// Methods and attributes of iterators and generators: `__next__`, `__iter__`, and a generator's `send`,
/// `throw` and `close`.
enum IteratorMethods {
    static let iteratorNames = ["__iter__", "__next__"]
    static let generatorNames = ["__iter__", "__next__", "close", "gi_running", "send", "throw"]

    static func names(_ it: IteratorObject) -> [String] {
        it is GeneratorIterator ? generatorNames : iteratorNames
    }

    static func attribute(_ it: IteratorObject, _ name: String) -> Value? {
        guard let generator = it as? GeneratorIterator else { return nil }
        switch name {
        case "__name__": return .str(generator.name)
        case "__qualname__": return .str(generator.frame.code.qualifiedName)
        case "gi_running": return .bool(generator.frame.isRunning)
        default: return nil
        }
    }

    static func call(_ it: IteratorObject, _ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "__next__":
            try args.check("__next__", min: 0, max: 0)
            if let generator = it as? GeneratorIterator { return try generator.send(.none) }
            guard let next = try it.next() else {
                throw RuntimeError(ExceptionObject(type: BuiltinTypes.stopIteration, args: []))
            }
            return next
        case "__iter__":
            try args.check("__iter__", min: 0, max: 0)
            return .iterator(it)
        default:
            break
        }
        guard let generator = it as? GeneratorIterator else { return nil }
        switch name {
        case "send":
            try args.check("send", min: 1, max: 1)
            return try generator.send(args[0])
        case "throw":
            try args.check("throw", min: 1, max: 3)
            return try generator.throwing(try exception(args, vm))
        case "close":
            try args.check("close", min: 0, max: 0)
            try generator.frame.close()
            return Value.none
        default:
            return nil
        }
    }

    /// The exception `throw(type[, value[, traceback]])` raises: an instance, or the type called with the
    /// value (unpacked when it is a tuple).
    static func exception(_ args: Arguments, _ vm: Interpreter) throws -> ExceptionObject {
        let value = args.count > 1 ? args[1] : .none
        switch args[0] {
        case .exception(let e):
            guard value.isNone else { throw RuntimeError.typeError("instance exception may not have a separate value") }
            return e
        case .type(let t) where t.isExceptionType:
            if case .exception(let e) = value, e.type.isSubtype(of: t) { return e }
            let arguments: [Value]
            switch value {
            case .none: arguments = []
            case .tuple(let items): arguments = items
            default: arguments = [value]
            }
            guard case .exception(let e) = try vm.call(args[0], Arguments(arguments)) else {
                throw RuntimeError.typeError("exceptions must derive from BaseException")
            }
            return e
        default:
            throw RuntimeError.typeError("exceptions must be classes or instances deriving from BaseException, not "
                + args[0].typeName)
        }
    }
}
