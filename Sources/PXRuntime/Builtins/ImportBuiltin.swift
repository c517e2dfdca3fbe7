/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the function the `import` statement
/// stands for, as CPython's `importlib.__import__` behaves.
enum ImportBuiltin {
    static func install(into r: Registry) {
        let keywords = ["name", "globals", "locals", "fromlist", "level"]
        r.register("__import__", doc: "Import a module.", parameters: keywords) { args, vm in
            try args.check("__import__", min: 0, max: 5, keywords: keywords)
            guard let nameValue = args.positional.first ?? args.keyword("name") else {
                throw RuntimeError.typeError("__import__() missing required argument 'name' (pos 1)")
            }
            guard case .str(let name) = nameValue else { throw RuntimeError.typeError("module name must be a string") }
            let globals = args.positional.count > 1 ? args[1] : args.keyword("globals") ?? .none
            let fromlist = args.positional.count > 3 ? args[3] : args.keyword("fromlist") ?? .none
            let levelValue = args.positional.count > 4 ? args[4] : args.keyword("level") ?? .int(0)
            guard case .int(let level) = levelValue, level >= 0 else {
                throw RuntimeError.valueError("level must be >= 0")
            }
            let absolute = level == 0 ? name
                : try vm.absoluteModuleName(String(repeating: ".", count: level) + name, package: package(globals))
            if level == 0, name.isEmpty { throw RuntimeError.valueError("Empty module name") }
            let module = try vm.importModule(absolute)
            let names = fromlist.isNone ? [] : try Operations.collect(fromlist, vm)
            guard names.isEmpty else {
                // A name the package lacks may be a submodule: it is imported if it is there.
                if case .module(let m) = module, m.attribute("__path__") != nil {
                    for case .str(let sub) in names where sub != "*" && m.attribute(sub) == nil {
                        _ = try vm.importIfPresent(absolute + "." + sub)
                    }
                }
                return module
            }
            // Without a fromlist, `import a.b` binds `a`: the top-level package of what was named.
            let top = absolute.prefix { $0 != "." }
            return top.count == absolute.count ? module : try vm.importModule(String(top))
        }
    }

    /// The `__package__` of a relative import's `globals` dictionary.
    private static func package(_ globals: Value) throws -> Value? {
        guard case .dict(let d) = globals else { return nil }
        return try d.get(.str("__package__"))
    }
}
