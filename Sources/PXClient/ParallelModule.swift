import PXCodec
import PXRuntime
import PXSession
import PXTransport
import PXWire

/// The `swiftpx` module (also importable as `ipyparallel`): `Client`, `Reference`, `require` and the error
/// classes. `Client()` connects to the cluster the host lent the interpreter (``ParallelContext/provider``).
public enum ParallelModule {
    /// Registers the module.
    public static func install(into registry: Registry) {
        registry.declareModule("swiftpx", doc: "Parallel computing on engine processes, with ipyparallel's API.")
        registry.alias("ipyparallel", to: "swiftpx")
        for submodule in ["datapub", "error"] { registry.alias("ipyparallel." + submodule, to: "swiftpx." + submodule) }
        registry.register("swiftpx.Client", value: .type(clientType))
        registry.register("swiftpx.Reference", value: .type(ReferenceObject.type))
        registry.register("swiftpx.require", doc: "require(*objects, **mapping): a decorator; the function imports "
                          + "these modules and binds these functions wherever it runs.", body: DependentFunction.require)
        registry.register("swiftpx.depend", doc: "depend(f, *args, **kwargs): a decorator; the function runs only where "
                          + "f(*args, **kwargs) is true (UnmetDependency otherwise).", body: DependentFunction.depend)
        registry.register("swiftpx.dependent", value: .type(dependentType))
        registry.register("swiftpx.interactive", doc: "interactive(f): f, run in the engine's namespace (swiftpx "
                          + "functions always see the engine's globals).") { args, _ in
            try args.check("interactive", min: 1, max: 1)
            return args[0]
        }
        registry.register("swiftpx.remote", doc: "remote(view, block=None, **flags): a decorator running the function "
                          + "on the view's engines.") { args, vm in
            try decorator(args, parallel: false, vm)
        }
        registry.register("swiftpx.parallel", doc: "parallel(view, dist='b', block=None, ordered=True, **flags): a "
                          + "decorator splitting the function's sequences over the view's engines.") { args, vm in
            try decorator(args, parallel: true, vm)
        }
        for name in ["use_dill", "use_cloudpickle", "use_pickle"] {
            registry.register("swiftpx." + name, doc: "\(name)(): accepted; swiftpx ships functions as syntax trees and "
                              + "needs no pickler.") { args, _ in
                try args.check(name, min: 0, max: 0)
                return Value.none
            }
        }
        for when in ["ALL_COMPLETED", "FIRST_COMPLETED", "FIRST_EXCEPTION"] {
            registry.register("swiftpx." + when, value: .str(when))
        }
        registry.register("swiftpx.version_info", value: .tuple([.int(9), .int(2), .int(0)]))
        registry.register("swiftpx._remote_import", value: .builtin(SyncImports.remoteImport))
        registry.register("swiftpx._run_dependent", value: .builtin(DependentFunction.runner))
        registry.register("swiftpx.ViewExecutor", value: .type(ViewExecutor.type))
        registry.register("swiftpx.RemoteFunction", value: .type(RemoteFunction.remoteType))
        registry.register("swiftpx.ParallelFunction", value: .type(RemoteFunction.parallelType))
        registry.declareModule("swiftpx.datapub", doc: "Publishing values from a running task to its client.")
        registry.register("swiftpx.datapub.publish_data", doc: "publish_data(data): sends the dict data from the "
                          + "task running on this engine to its client, where its keys update the task's "
                          + "metadata['data'] (ar.data).", body: publishData)
        registry.declareModule("swiftpx.error", doc: "ipyparallel's exception classes.")
        if BuiltinTypes.compositeError.attributes["tb_limit"] == nil {
            BuiltinTypes.compositeError.defineClassAttribute("tb_limit", .int(4))
        }
        for error in BuiltinTypes.parallelErrors {
            error.acceptsAttributeAssignment = true
            registry.register("swiftpx." + error.name, value: .type(error))
            registry.register("swiftpx.error." + error.name, value: .type(error))
        }
        registry.register("swiftpx.TimeoutError", value: .type(BuiltinTypes.timeoutError))
        registry.register("swiftpx.AsyncResult", value: .type(AsyncResultObject.asyncResultType))
        registry.register("swiftpx.AsyncMapResult", value: .type(AsyncResultObject.asyncMapResultType))
        registry.register("swiftpx.AsyncHubResult", value: .type(AsyncResultObject.asyncHubResultType))
        registry.register("swiftpx.DirectView", value: .type(ViewObject.directType))
        registry.register("swiftpx.LoadBalancedView", value: .type(ViewObject.loadBalancedType))
        registry.register("swiftpx.BroadcastView", value: .type(ViewObject.broadcastType))
        registry.register("swiftpx.Cluster", value: .type(ClusterObject.type))
        UnavailableMembers.install(into: registry)
        SerializationFunctions.install(into: registry)
        ExceptionWrapping.install(into: registry)
        registry.register("swiftpx.collect_exceptions", doc: "collect_exceptions(rdict_or_list, method='unspecified'): "
                          + "raises a CompositeError over the RemoteErrors among the values; returns them otherwise.",
                          body: CollectExceptions.call)
    }

    /// `publish_data(data)` on an engine.
    static func publishData(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        let call = try CallSignature("(data)", name: "publish_data", isMethod: false).bind(args)
        guard case .dict = call["data"] else {
            throw RuntimeError.typeError("publish_data() takes a dict, not \(call["data"].typeName)")
        }
        guard let publisher = vm.output as? DataPublisher else {
            throw RuntimeError(BuiltinTypes.runtimeError, "publish_data() works only in a task running on an engine")
        }
        do {
            publisher.publishData(try ValueCodec.encode(call["data"]))
        } catch {
            throw RuntimeError.typeError("publish_data() cannot send this dict: \(error)")
        }
        return .none
    }

    /// `ipp.dependent(f, df, *dargs, **dkwargs)`.
    static let dependentType = TypeObject(name: "dependent", module: "ipyparallel",
                                          doc: DependentFunction.type.doc) { args, vm in
        try DependentFunction.dependent(args, vm)
    }

    /// `ipp.remote(view, block=None, **flags)` and `ipp.parallel(view, dist='b', block=None, ordered=True, **flags)`.
    static func decorator(_ args: Arguments, parallel: Bool, _ vm: Interpreter) throws -> Value {
        let signature = parallel ? CallSignature("(view, dist='b', block=None, ordered=True, **flags)", name: nil, isMethod: false)
            : CallSignature("(view, block=None, **flags)", name: nil, isMethod: false)
        var call = try signature.bind(args)
        guard case .object(let view as ViewObject) = call["view"] else {
            throw RuntimeError.typeError("view must be a DirectView or LoadBalancedView, not \(call["view"].typeName)")
        }
        if parallel, call.isGiven("ordered") { call.extraKeywords.append(("ordered", call["ordered"])) }
        return try RemoteFunction.decorator(view: view, parallelCall: parallel, call, vm)
    }

    /// `Client(url_file=None, timeout=...)`.
    static let clientType = TypeObject(name: "Client", module: "ipyparallel",
                                       doc: "Client(): connects to the shell's cluster and waits for its engines.") { args, vm in
        try args.check("Client", min: 0, max: 1, keywords: ["url_file", "timeout", "profile", "cluster_id"])
        let timeout = try args.keyword("timeout").map { try AsyncResultObject.seconds($0) } ?? 60
        if let file = args.argument(0, "url_file"), case .str(let path) = file {
            return .object(try ClientObject.connect(file: path, interpreter: vm))
        }
        let context = ParallelContext.of(vm)
        if let existing = context.client, !existing.closed { return .object(existing) }
        guard let provider = context.provider else {
            throw RuntimeError(BuiltinTypes.osError, "no cluster: run the shell with engines (swiftpx -n N) or attach "
                + "to one (swiftpx --connect FILE)")
        }
        let connection: ClusterConnection
        do { connection = try provider.connection() } catch {
            throw RuntimeError(BuiltinTypes.timeoutError, "\(error)")
        }
        let client = ClientObject(connection: connection, interpreter: vm, provider: provider)
        if let expected = provider.expectedEngineCount { try client.waitForEngines(expected, timeout: timeout) }
        context.client = client
        return .object(client)
    }
}
