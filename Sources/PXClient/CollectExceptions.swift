import PXRuntime

/// `ipp.collect_exceptions(rdict_or_list, method='unspecified')`: raises a `CompositeError` over the
/// `RemoteError`s among the values (flattening `CompositeError`s), as ipyparallel does; returns the argument
/// when there are none.
enum CollectExceptions {
    static let signature = CallSignature("(rdict_or_list, method='unspecified')", name: "collect_exceptions",
                                         isMethod: false)

    static func call(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        let call = try signature.bind(args)
        let given = call["rdict_or_list"]
        let values: [Value]
        if case .dict(let d) = given { values = d.storage.values } else { values = try vm.collect(given) }
        var errors: [ExceptionObject] = []
        for value in values {
            guard case .exception(let e) = value, e.type.isSubtype(of: BuiltinTypes.remoteError) else { continue }
            if e.type.isSubtype(of: BuiltinTypes.compositeError), case .list(let inner)? = e.attributes["errors"] {
                for case .exception(let error) in inner.items { errors.append(error) }
            } else {
                errors.append(e)
            }
        }
        guard !errors.isEmpty else { return given }
        let method = ValueFormatter.str(call["method"], vm)
        // Each error's line names the method that ran it on its engine (`[0:apply]`), as its engine_info says.
        var engineMethod = "apply"
        if case .dict(let info)? = errors[0].attributes["engine_info"], case .str(let m)? = try info.get(.str("method")) {
            engineMethod = m
        }
        throw RuntimeError(RemoteErrors.composite(errors, method: engineMethod, fname: method))
    }
}
