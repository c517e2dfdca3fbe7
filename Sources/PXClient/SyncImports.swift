import PXRuntime

/// `with view.sync_imports():` — every `import x` and `from x import a` run inside the block also runs on the
/// view's engines, announced as ipyparallel announces it (`importing numpy on engine(s)`,
/// `importing sqrt,pi from math on engine(s)`). `import x as y` imports `x` on the engines. The engines'
/// errors are raised when the block ends.
final class SyncImports: NativeObject {
    let view: ViewObject
    let quiet: Bool
    var pending: [AsyncResultObject] = []
    var previous: ((String, [String]) throws -> Void)?

    /// - Throws: `NotImplementedError` for `local=False`, as ipyparallel.
    init(view: ViewObject, local: Bool, quiet: Bool) throws {
        guard local else { throw RuntimeError(BuiltinTypes.notImplementedError, "remote-only imports not yet implemented") }
        self.view = view
        self.quiet = quiet
    }

    static let type = TypeObject(name: "sync_imports", module: "ipyparallel")
    var pythonType: TypeObject { Self.type }

    func enter(_ interpreter: Interpreter) throws -> Value {
        previous = interpreter.importObserver
        interpreter.importObserver = { [unowned self, unowned interpreter] module, names in
            try previous?(module, names)
            if !quiet {
                let text = names.isEmpty ? "importing \(module) on engine(s)"
                    : "importing \(names.joined(separator: ",")) from \(module) on engine(s)"
                interpreter.output.write(text + "\n", to: .stdout)
            }
            let request = Arguments([.builtin(Self.remoteImport), .str(module),
                                     .list(ListObject(names.map { .str($0) }))])
            pending.append(try view.apply(request, interpreter))
        }
        return Value.none
    }

    func exit(_ interpreter: Interpreter) throws {
        interpreter.importObserver = previous
        let results = pending
        pending = []
        for ar in results { _ = try ar.get(timeout: nil) }
    }

    /// Runs on an engine: `import module` (binding its top-level name) or `from module import names`.
    static var remoteImport: BuiltinFunction { BuiltinFunction(name: "_remote_import", module: "swiftpx", body: remoteImportBody) }

    static func remoteImportBody(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        try args.check("_remote_import", min: 2, max: 2)
        guard case .str(let module) = args[0] else { throw RuntimeError.typeError("module name must be a string") }
        let names = try vm.collect(args[1])
        let imported = try vm.importModule(module)
        if names.isEmpty {
            let top = String(module.split(separator: ".").first ?? Substring(module))
            vm.globals[top] = try vm.importModule(top)
            return Value.none
        }
        for case .str(let name) in names {
            if let value = try? vm.attribute(imported, name) {
                vm.globals[name] = value
            } else {
                vm.globals[name] = try vm.importModule(module + "." + name)
            }
        }
        return Value.none
    }
}
