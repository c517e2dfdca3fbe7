/// The functions and modules programs can use: built-ins, the standard modules, and Swift functions
/// registered by the host program or a plugin.
///
/// Dotted names form modules: registering `stats.norm` makes `import stats; stats.norm(xs)` work. Every
/// built-in module of the language is registered through this same API.
///
/// `@unchecked Sendable`: a registry is filled in while the program starts and only read afterwards.
public final class Registry: @unchecked Sendable {
    /// Names visible without import (`len`, `print`, `ValueError`).
    public private(set) var builtins: [String: Value] = [:]
    /// Functions and constants per module, in registration order.
    private(set) var moduleMembers: [String: [(String, Value)]] = [:]
    /// Module doc strings.
    private(set) var moduleDocs: [String: String] = [:]
    /// Modules whose members are made per interpreter (they hold state, e.g. `random`).
    private(set) var moduleBuilders: [String: (Interpreter) -> [(String, Value)]] = [:]
    /// Source in the language that runs in a module's namespace when it is imported, after its Swift members
    /// are bound (standard modules written partly in the language, as CPython writes them in Python).
    private(set) var moduleSources: [String: String] = [:]
    /// Other names a module can be imported as (`ipyparallel` for `swiftpx`).
    private(set) var aliases: [String: String] = [:]
    /// Where each registered function came from (a plugin path), for error messages.
    public private(set) var origins: [String: String] = [:]
    /// Names registered while `collectingNames` runs.
    private var journal: [String]?

    /// Creates a registry holding the language's built-ins and standard modules.
    public init() {
        StandardLibrary.install(into: self)
    }

    /// Creates an empty registry (tests).
    public init(empty: Void) {}

    // MARK: - Registering

    /// Registers an untyped function: it receives the call's arguments as they are.
    /// - Parameters:
    ///   - name: `len` for a built-in, `stats.norm` for a module function.
    ///   - doc: the doc string shown by `help()`.
    ///   - parameters: keyword names, for Tab completion inside calls.
    ///   - origin: where the function comes from (a plugin path), for error messages.
    ///   - body: the implementation.
    public func register(_ name: String, doc: String = "", parameters: [String] = [], origin: String? = nil,
                         body: @escaping (Arguments, Interpreter) throws -> Value) {
        register(name, doc: doc, parameters: parameters, origin: origin, binary: nil, body: body)
    }

    /// Registers a function with a fast calling path for two positional arguments (`binary`, which must do
    /// what `body` does with them), and optionally one for one positional argument (`unary`).
    func register(_ name: String, doc: String = "", parameters: [String] = [], origin: String? = nil,
                  unary: ((Value, Interpreter) throws -> Value)? = nil,
                  binary: ((Value, Value, Interpreter) throws -> Value)?,
                  body: @escaping (Arguments, Interpreter) throws -> Value) {
        let (module, short) = Registry.split(name)
        let function = BuiltinFunction(name: short, module: module, doc: doc, parameterNames: parameters,
                                       unary: unary, binary: binary, body: body)
        register(name, value: .builtin(function))
        if let origin { recordOrigin(origin, of: name) }
    }

    /// Notes that `name` comes from `origin` (a plugin path), for errors about functions an engine lacks.
    func recordOrigin(_ origin: String, of name: String) {
        origins[name] = origin
    }

    /// Registers a one-argument function with a fast calling path.
    public func registerUnary(_ name: String, doc: String = "", parameter: String = "x",
                              body: @escaping (Value, Interpreter) throws -> Value) {
        let (module, short) = Registry.split(name)
        let qualified = name
        let function = BuiltinFunction(name: short, module: module, doc: doc, parameterNames: [parameter],
                                       unary: body) { args, vm in
            try args.check(qualified, min: 1, max: 1)
            return try body(args[0], vm)
        }
        register(name, value: .builtin(function))
    }

    /// Registers any value (a constant, a type, a function) under a possibly dotted name.
    /// - Parameters:
    ///   - name: `x` for a built-in, `module.x` for a module member.
    ///   - value: the value.
    ///   - origin: where it comes from (a plugin path), for error messages. Default: this program.
    public func register(_ name: String, value: Value, origin: String? = nil) {
        journal?.append(name)
        if let origin { recordOrigin(origin, of: name) }
        let (module, short) = Registry.split(name)
        guard let module else {
            builtins[short] = value
            return
        }
        ensureModule(module)
        if let i = moduleMembers[module]?.firstIndex(where: { $0.0 == short }) {
            moduleMembers[module]?[i] = (short, value)
        } else {
            moduleMembers[module, default: []].append((short, value))
        }
    }

    /// Declares a module (and its parent packages), with a doc string.
    public func declareModule(_ name: String, doc: String = "") {
        journal?.append(name)
        ensureModule(name)
        if !doc.isEmpty { moduleDocs[name] = doc }
    }

    /// Registers a module whose members are created for each interpreter (for modules with state).
    public func registerModule(_ name: String, doc: String = "",
                               builder: @escaping (Interpreter) -> [(String, Value)]) {
        journal?.append(name)
        ensureModule(name)
        moduleBuilders[name] = builder
        if !doc.isEmpty { moduleDocs[name] = doc }
    }

    /// Registers source in the language that runs when the module is imported, in the module's namespace,
    /// after its Swift members are bound; the names it defines become the module's attributes.
    /// - Parameters:
    ///   - name: the module.
    ///   - source: the module's code (its functions and classes belong to the module: `__module__` is `name`).
    public func registerSource(_ name: String, _ source: String) {
        journal?.append(name)
        ensureModule(name)
        moduleSources[name] = source
    }

    /// Makes `alias` import the same module as `name` (`ipyparallel` → `swiftpx`).
    public func alias(_ alias: String, to name: String) {
        aliases[alias] = name
    }

    func ensureModule(_ name: String) {
        if moduleMembers[name] == nil { moduleMembers[name] = [] }
        let parts = name.split(separator: ".")
        if parts.count > 1 { ensureModule(parts.dropLast().joined(separator: ".")) }
    }

    /// Splits `a.b.c` into module `a.b` and name `c`.
    static func split(_ name: String) -> (String?, String) {
        guard let dot = name.lastIndex(of: ".") else { return (nil, name) }
        return (String(name[..<dot]), String(name[name.index(after: dot)...]))
    }

    /// Runs `body` and returns the names it registered or declared, in order, without repeats: what a plugin
    /// exports.
    public func collectingNames(_ body: (Registry) throws -> Void) rethrows -> [String] {
        let outer = journal
        journal = []
        defer { journal = outer }
        try body(self)
        var seen: Set<String> = []
        return (journal ?? []).filter { seen.insert($0).inserted }
    }

    // MARK: - Looking up

    /// The value registered under a qualified name (`stats.norm`, `len`), without importing anything; nil for
    /// unknown names, modules and members of per-interpreter modules.
    public func value(named qualified: String) -> Value? {
        let (module, short) = Registry.split(qualified)
        guard let module else { return builtins[short] }
        return moduleMembers[module]?.first { $0.0 == short }?.1
    }

    /// The doc string of a module, or nil if there is no such module.
    public func moduleDoc(_ name: String) -> String? {
        moduleMembers[name] == nil ? nil : moduleDocs[name] ?? ""
    }

    /// Whether the module's members are made per interpreter (`registerModule(_:doc:builder:)`).
    public func isStatefulModule(_ name: String) -> Bool { moduleBuilders[name] != nil }

    /// Every module name (for completion after `import`).
    public var moduleNames: [String] { Array(moduleMembers.keys) + Array(aliases.keys) }

    /// Whether `name` is a module.
    public func hasModule(_ name: String) -> Bool { moduleMembers[aliases[name] ?? name] != nil }

    /// Builds a fresh module object for an interpreter.
    /// - Throws: what the module's source in the language raised (an internal inconsistency).
    func makeModule(_ requested: String, for vm: Interpreter) throws -> Module? {
        let name = aliases[requested] ?? requested
        guard let members = moduleMembers[name] else { return nil }
        let module: Module
        if moduleSources[name] != nil {
            module = Module(name: name, namespace: vm.makeModuleNamespace(), file: nil)
            module.set("__doc__", .str(moduleDocs[name] ?? ""))
        } else {
            module = Module(name: name, doc: moduleDocs[name] ?? "")
        }
        for (k, v) in members { module.set(k, v) }
        if let builder = moduleBuilders[name] {
            for (k, v) in builder(vm) { module.set(k, v) }
        }
        if let source = moduleSources[name], let namespace = module.namespace {
            try vm.runModuleSource(source, fileName: "<\(name)>", in: namespace)
        }
        return module
    }

    /// Finds a function by its qualified name (`math.sqrt`, `print`, `stats.norm`): how engines resolve
    /// built-in and registered functions they receive by name.
    public func function(named qualified: String, for vm: Interpreter) throws -> Value? {
        let (module, short) = Registry.split(qualified)
        guard let module else { return builtins[short] }
        guard case .module(let m) = try vm.importModule(module) else { return nil }
        return m.attribute(short)
    }
}
