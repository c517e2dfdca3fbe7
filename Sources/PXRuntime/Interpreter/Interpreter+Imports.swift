// MARK: - Imports

extension Interpreter {
    /// Imports a module by its (dotted) name, once per interpreter.
    /// - Throws: `ModuleNotFoundError: No module named 'x'`.
    public func importModule(_ name: String) throws -> Value {
        if let m = modules[name] { return .module(m) }
        guard let module = registry.makeModule(name, for: self) else {
            throw RuntimeError(BuiltinTypes.moduleNotFoundError, "No module named '\(name)'")
        }
        modules[name] = module
        // Attach submodules already imported, and make this one an attribute of its parent.
        let parts = name.split(separator: ".")
        if parts.count > 1 {
            let parentName = parts.dropLast().joined(separator: ".")
            let last = String(parts[parts.count - 1])
            if case .module(let parent) = try importModule(parentName), parent.attributes[last] == nil {
                parent.set(last, .module(module))
            }
        }
        return .module(module)
    }

    /// `from module import name`: an attribute, or a submodule.
    func importName(_ name: String, from module: Value, moduleName: String) throws -> Value {
        if case .module(let m) = module {
            if let v = m.attributes[name] { return v }
            if registry.hasModule(moduleName + "." + name) { return try importModule(moduleName + "." + name) }
            throw RuntimeError(BuiltinTypes.importError, "cannot import name '\(name)' from '\(m.name)' (unknown location)")
        }
        return try Operations.attribute(module, name, self)
    }
}
