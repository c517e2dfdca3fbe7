/// Attributes and methods of exception values beyond `args`. Hosts (the client objects) attach extra
/// attributes and callable members through `ExceptionObject.attributes`.
enum ExceptionMethods {
    static func names(_ e: ExceptionObject) -> [String] {
        ["args", "with_traceback"] + e.attributes.keys.sorted()
    }

    static func attribute(_ e: ExceptionObject, _ name: String, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "__class__": return .type(e.type)
        case "__context__": return e.context.map { .exception($0) } ?? Value.none
        case "__cause__": return e.cause.map { .exception($0) } ?? Value.none
        case "__suppress_context__": return .bool(e.suppressContext)
        case "__traceback__": return TracebackObject.of(e)
        case "value" where e.type.isSubtype(of: BuiltinTypes.stopIteration): return e.args.first ?? Value.none
        default: return nil
        }
    }

    static func call(_ e: ExceptionObject, _ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "with_traceback": return .exception(e)
        default:
            if let member = e.attributes[name] { return try vm.call(member, args) }
            return nil
        }
    }
}
