import PXRuntime

/// `ipp.wrap_exception(engine_info={})` and `ipp.unwrap_exception(content)`: the exception being handled as
/// ipyparallel's error-reply content (`status`, `traceback`, `ename`, `evalue`, `engine_info`), and such content as
/// a `RemoteError`, as ipyparallel 9.2 makes them.
enum ExceptionWrapping {
    static let wrapSignature = CallSignature("(engine_info={})", name: "wrap_exception", isMethod: false)
    static let unwrapSignature = CallSignature("(content)", name: "unwrap_exception", isMethod: false)

    /// Registers both functions in the `swiftpx` module.
    static func install(into registry: Registry) {
        registry.register("swiftpx.wrap_exception", doc: "wrap_exception(engine_info={}): the exception being handled "
                          + "as a dict: status, traceback (lines), ename, evalue, engine_info.") { args, vm in
            try wrap(try wrapSignature.bind(args), vm)
        }
        registry.register("swiftpx.unwrap_exception", doc: "unwrap_exception(content): the RemoteError that "
                          + "wrap_exception's dict describes.") { args, vm in
            try unwrap(try unwrapSignature.bind(args), vm)
        }
    }

    /// Reads `sys.exc_info()` and `traceback.format_exception` through the language, as ipyparallel does.
    static func wrap(_ call: BoundCall, _ vm: Interpreter) throws -> Value {
        let sys = try vm.importModule("sys")
        guard case .tuple(let info) = try vm.call(try vm.attribute(sys, "exc_info"), Arguments()), info.count == 3 else {
            throw RuntimeError(BuiltinTypes.runtimeError, "sys.exc_info() did not return three values")
        }
        let formatted = try vm.call(try vm.attribute(try vm.importModule("traceback"), "format_exception"),
                                    Arguments(info))
        let content = DictObject()
        content.set("status", .str("error"))
        content.set("traceback", formatted)
        // ipyparallel reads `etype.__name__`: outside an except block that is an AttributeError of None.
        content.set("ename", try vm.attribute(info[0], "__name__"))
        content.set("evalue", .str(ValueFormatter.str(info[1], vm)))
        content.set("engine_info", call.isGiven("engine_info") ? call["engine_info"] : .dict(DictObject()))
        return .dict(content)
    }

    static func unwrap(_ call: BoundCall, _ vm: Interpreter) throws -> Value {
        let content = call["content"]
        let ename = try vm.item(content, .str("ename"))
        let evalue = try vm.item(content, .str("evalue"))
        let lines = try vm.collect(try vm.item(content, .str("traceback"))).map { ValueFormatter.str($0, vm) }
        var engineInfo = Value.dict(DictObject())
        if case .dict(let d) = content, let given = try d.get(.str("engine_info")) { engineInfo = given }
        let e = ExceptionObject(type: BuiltinTypes.remoteError, args: [ename, evalue])
        let name = ValueFormatter.str(ename, vm), message = ValueFormatter.str(evalue, vm)
        var label = "[Engine Exception]", engineID = " "
        if case .dict(let info) = engineInfo, !info.storage.isEmpty {
            let id = try vm.item(engineInfo, .str("engine_id"))
            label = "[\(ValueFormatter.str(id, vm)):\(ValueFormatter.str(try vm.item(engineInfo, .str("method")), vm))]"
            engineID = ValueFormatter.str(id, vm)
        }
        e.customMessage = "\(label) \(name): \(message)"
        e.customRepr = "<RemoteError[\(engineID)]:\(name)(\(message))>"
        e.attributes["ename"] = ename
        e.attributes["evalue"] = evalue
        e.attributes["traceback"] = .str(lines.joined(separator: "\n"))
        e.attributes["engine_info"] = engineInfo
        return .exception(e)
    }
}
