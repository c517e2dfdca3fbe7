import PXRuntime

/// One call of a plugin's entry point, seen from the host: it answers the plugin's callbacks and collects its
/// definitions until they can be installed all at once.
final class PluginSession {
    let registry: Registry
    /// A scratch interpreter for decoding definitions (constants may hold values that need one).
    lazy var interpreter = Interpreter(registry: registry)
    var definitions: [(PluginDefinition, PluginFunction?)] = []
    /// The plugin's versions, when they differ from the host's.
    var mismatchedVersion: String?
    /// What went wrong while the plugin registered.
    var problem: String?

    init(registry: Registry) {
        self.registry = registry
    }

    static func from(_ context: UnsafeMutableRawPointer?) -> PluginSession? {
        context.map { Unmanaged<PluginSession>.fromOpaque($0).takeUnretainedValue() }
    }

    static let identify: PluginIdentify = { context, abi, version in
        guard let session = from(context) else { return 1 }
        let library = version.map { String(cString: $0) } ?? "?"
        guard abi == PluginABI.version, library == PluginABI.libraryVersion else {
            session.mismatchedVersion = "swiftpx \(library) (plugin ABI \(abi))"
            return 1
        }
        return 0
    }

    static let define: PluginDefine = { context, bytes, count, token, call in
        guard let session = from(context), let bytes else { return 1 }
        let encoded = Array(UnsafeBufferPointer(start: bytes, count: count))
        guard let definition = PluginDefinition.decode(encoded, interpreter: session.interpreter) else {
            session.problem = "it sent a definition this host cannot read"
            return 1
        }
        var function: PluginFunction?
        if case .function(let name, _, _, _) = definition {
            guard let token, let call else {
                session.problem = "function '\(name)' came without a way to call it"
                return 1
            }
            function = PluginFunction(name: name, token: token, call: call)
        }
        session.definitions.append((definition, function))
        return 0
    }

    static let fail: PluginFail = { context, message in
        from(context)?.problem = message.map { String(cString: $0) } ?? "no reason given"
    }

    /// Adds every definition to the registry, marking functions with the plugin as their origin.
    func install(origin: String) {
        for (definition, function) in definitions {
            switch definition {
            case .module(let name, let doc):
                registry.declareModule(name, doc: doc)
            case .value(let name, let value):
                registry.register(name, value: value)
            case .function(let name, let doc, let parameterNames, let signature):
                guard let function else { continue }
                registry.register(
                    name,
                    value: .builtin(
                        function.builtin(
                            doc: doc, parameterNames: parameterNames,
                            signature: signature)),
                    origin: origin)
            }
        }
    }
}
