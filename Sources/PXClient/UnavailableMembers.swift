import PXRuntime

/// The members of ipyparallel's Client that rest on software swiftpx does not use: dask, ZeroMQ's message
/// plumbing and CurveZMQ. Each is declared with ipyparallel 9.2's signature; it answers as ipyparallel does where
/// swiftpx's case is the same (no dask installed, CurveZMQ off), and otherwise raises an error that says what
/// swiftpx does instead.
enum UnavailableMembers {
    /// The Client's members of this kind, with ipyparallel's signatures.
    static let client: [String: MemberTable.Member] = [
        "become_dask": .method("(targets='all', port=0, nanny=False, scheduler_args=None, **worker_args)"),
        "become_distributed": .method("(targets='all', port=0, nanny=False, scheduler_args=None, **worker_args)"),
        "stop_dask": .method("(targets='all')"),
        // An alias of stop_dask in ipyparallel, so Python's errors name stop_dask.
        "stop_distributed": .method("(targets='all')", named: "Client.stop_dask"),
        "create_message_futures": .method("(msg_id, header, async_result=False, track=False, label=None)"),
        "send_apply_request": .method(
            "(socket, f, args=None, kwargs=None, metadata=None, track=False, ident=None, message_future_hook=None)"),
        "send_execute_request": .method("(socket, code, silent=True, metadata=None, ident=None, message_future_hook=None)"),
        "curve_publickey": .attribute, "curve_secretkey": .attribute, "curve_serverkey": .attribute,
    ]

    /// `LoadBalancedView.register_joblib_backend`, with ipyparallel's signature.
    static let balancedView: [String: MemberTable.Member] = [
        "register_joblib_backend": .method("(name='ipyparallel', make_default=False)"),
    ]

    /// The CurveZMQ keys: `b''`, as ipyparallel's Client has them when CurveZMQ is off. swiftpx signs every
    /// message with the cluster's HMAC key and encrypts nothing.
    static func curveKey(_ name: String) -> Value? {
        name.hasPrefix("curve_") && client[name] != nil ? .bytes([]) : nil
    }

    /// `ModuleNotFoundError` for a package an ipyparallel feature imports first (`distributed`, `joblib`), as
    /// ipyparallel raises it when the package is not installed, with `name` set and what swiftpx offers instead.
    static func missingPackage(_ package: String, instead: String, _ vm: Interpreter) throws -> RuntimeError {
        let made = try vm.call(.type(BuiltinTypes.moduleNotFoundError),
                               Arguments([.str("No module named '\(package)' (\(instead))")], keywords: [("name", .str(package))]))
        guard case .exception(let exception) = made else { return RuntimeError(BuiltinTypes.moduleNotFoundError, package) }
        return RuntimeError(exception)
    }

    /// `NotImplementedError` for ipyparallel's ZeroMQ message plumbing.
    static func noMessagePlumbing(_ name: String) -> RuntimeError {
        RuntimeError(BuiltinTypes.notImplementedError, "Client.\(name) sends ZeroMQ messages, and swiftpx has no ZeroMQ "
            + "sockets: views submit tasks over swiftpx's own protocol (view.apply_async(f, *args), view.execute(code)) "
            + "and return their AsyncResult")
    }
}

extension ClientObject {
    /// Calls one of ``UnavailableMembers/client``; nil for any other name.
    func unavailableMethod(_ name: String, _ call: BoundCall, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "become_dask", "become_distributed":
            // ipyparallel imports distributed before anything else.
            throw try UnavailableMembers.missingPackage(
                "distributed", instead: "swiftpx engines cannot become dask workers: rc.executor() and a view's map "
                    + "and apply_async run functions on them", vm)
        case "stop_dask", "stop_distributed":
            // Nothing was started by become_dask, so, as ipyparallel with no dask scheduler running, there is nothing
            // to stop; the targets are still checked.
            _ = try targets(from: call["targets"], vm)
            return Value.none
        case "create_message_futures", "send_apply_request", "send_execute_request":
            throw UnavailableMembers.noMessagePlumbing(name)
        default:
            return nil
        }
    }
}
