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
        registry.register("swiftpx.Client", value: .type(clientType))
        registry.register("swiftpx.Reference", value: .type(ReferenceObject.type))
        registry.register("swiftpx.require", doc: "require(*modules): declares what a task needs on the engines "
                          + "(every engine has the built-in modules, so this only checks the names).") { args, vm in
            for module in args.positional {
                if case .str(let name) = module { _ = try vm.importModule(name) }
            }
            return .builtin(BuiltinFunction(name: "require") { inner, _ in
                try inner.check("require", min: 1, max: 1)
                return inner[0]
            })
        }
        registry.declareModule("swiftpx.error", doc: "ipyparallel's exception classes.")
        for error in BuiltinTypes.parallelErrors {
            registry.register("swiftpx." + error.name, value: .type(error))
            registry.register("swiftpx.error." + error.name, value: .type(error))
        }
        registry.register("swiftpx.TimeoutError", value: .type(BuiltinTypes.timeoutError))
        registry.register("swiftpx.AsyncResult", value: .type(AsyncResultObject.asyncResultType))
        registry.register("swiftpx.AsyncMapResult", value: .type(AsyncResultObject.asyncMapResultType))
        registry.register("swiftpx.DirectView", value: .type(ViewObject.directType))
        registry.register("swiftpx.LoadBalancedView", value: .type(ViewObject.loadBalancedType))
        registry.register("swiftpx.Cluster", value: .type(ClusterObject.type))
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
