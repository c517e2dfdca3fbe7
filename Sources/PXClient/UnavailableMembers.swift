import PXCodec
import PXRuntime

/// The members of ipyparallel's client API that rest on software swiftpx does not use: dask, joblib, Jupyter,
/// IPython kernels, ZeroMQ's message plumbing, CurveZMQ and pickle canning. Each is declared with ipyparallel 9.2's signature; it answers as ipyparallel does where
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

    /// The `ipyparallel` module's functions of this kind, with their signatures as Python names them in errors.
    static let moduleFunctions: [(name: String, signature: CallSignature, doc: String)] = [
        ("register_joblib_backend", CallSignature("(name='ipyparallel', make_default=False)",
                                                  name: "register_joblib_backend", isMethod: false),
         "register_joblib_backend(name='ipyparallel', make_default=False): joblib's backend; swiftpx has no joblib."),
        ("load_jupyter_server_extension", CallSignature("(app)", name: "_load_jupyter_server_extension", isMethod: false),
         "load_jupyter_server_extension(app): Jupyter's server extension; swiftpx has no Jupyter server."),
        ("bind_kernel", CallSignature("(**kwargs)", name: "bind_kernel", isMethod: false),
         "bind_kernel(**kwargs): makes an IPython engine a full IPython kernel; swiftpx engines are not IPython kernels."),
        ("can", CallSignature("(obj)", name: "can", isMethod: false),
         "can(obj): obj itself; swiftpx sends every value as it is (functions as syntax trees), with nothing to can."),
        ("uncan", CallSignature("(obj, g=None)", name: "uncan", isMethod: false),
         "uncan(obj, g=None): obj itself; swiftpx sends every value as it is, with nothing to uncan."),
    ]

    /// `ipp.MultipleInstanceError`, traitlets' error for a second instance of a singleton, which ipyparallel exports.
    static let multipleInstanceError = TypeObject(name: "MultipleInstanceError", base: BuiltinTypes.exceptionType,
                                                  module: "traitlets.config.configurable")

    /// `ipp.PrePickled(obj)`: ipyparallel pickles obj once for many sends; swiftpx encodes a value as it sends it,
    /// so the call gives obj itself, which engines receive as they would the pre-pickled object.
    static let prePickledType = TypeObject(
        name: "PrePickled", module: "ipyparallel.serialize.serialize",
        doc: "PrePickled(obj): obj itself; swiftpx encodes a value as it sends it, with nothing to pickle ahead.") { args, _ in
        try CallSignature("(obj)", name: "PrePickled.__init__").bind(args)["obj"]
    }

    /// Registers ``moduleFunctions``, ``multipleInstanceError`` and ``prePickledType`` in the `swiftpx` module.
    static func install(into registry: Registry) {
        registry.register("swiftpx.PrePickled", value: .type(prePickledType))
        for (name, signature, doc) in moduleFunctions {
            registry.register("swiftpx." + name, doc: doc) { args, vm in
                try moduleFunction(name, try signature.bind(args), vm)
            }
        }
        registry.register("swiftpx.MultipleInstanceError", value: .type(multipleInstanceError))
    }

    /// Calls one of ``moduleFunctions``.
    static func moduleFunction(_ name: String, _ call: BoundCall, _ vm: Interpreter) throws -> Value {
        switch name {
        case "register_joblib_backend":
            throw try missingPackage("joblib", instead: "swiftpx has no joblib: a view's map and apply_async, or "
                + "rc.executor(), run functions on the engines", vm)
        case "load_jupyter_server_extension":
            throw try missingPackage("jupyter_server", instead: "swiftpx has no Jupyter server extension: its shell "
                + "is the terminal, and `swiftpx cluster` starts and stops clusters", vm)
        case "bind_kernel":
            guard vm.output is DataPublisher else {
                throw RuntimeError(BuiltinTypes.runtimeError, "bind_kernel must be called from an IPEngine instance")
            }
            throw RuntimeError(BuiltinTypes.notImplementedError, "swiftpx engines are not IPython kernels: reach them "
                + "through a Client (view.execute, view.apply, %px)")
        default:
            // can, uncan
            return call["obj"]
        }
    }

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
