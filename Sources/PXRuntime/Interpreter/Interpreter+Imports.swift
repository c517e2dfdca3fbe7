import PXLang

// MARK: - Imports

extension Interpreter {
    /// Imports a module by its (dotted) name, once per interpreter: a module already in `sys.modules`, a
    /// module of the registry (the built-in and standard modules), or a `.py` file (or a package folder with
    /// `__init__.py`) found on `sys.path`, run in a namespace of its own.
    /// - Throws: `ModuleNotFoundError: No module named 'x'` (with `.name`), or what running the module raised
    ///   (a syntax error in it as `SyntaxError`); a module that failed is not kept in `sys.modules`.
    public func importModule(_ name: String) throws -> Value {
        if let cached = try modules.get(.str(name)) { return cached }
        guard !name.isEmpty else { throw RuntimeError.valueError("Empty module name") }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !parts.contains(where: \.isEmpty) else { throw moduleNotFound(name) }
        var parent: Module?
        if parts.count > 1 {
            let parentName = parts.dropLast().joined(separator: ".")
            guard case .module(let p) = try importModule(parentName) else {
                throw moduleNotFound(name, detail: "; '\(parentName)' is not a package")
            }
            parent = p
            // The parent's `__init__` may have imported the submodule.
            if let cached = try modules.get(.str(name)) { return cached }
        }
        let module: Module
        if registry.hasModule(name) {
            guard let made = try registry.makeModule(name, for: self) else { throw moduleNotFound(name) }
            module = made
            try modules.set(.str(name), .module(module))
        } else {
            let folders: [String]
            if let parent {
                guard let path = parent.attribute("__path__") else {
                    throw moduleNotFound(name, detail: "; '\(parent.name)' is not a package")
                }
                folders = try Operations.collect(path, self).compactMap { if case .str(let s) = $0 { s } else { nil } }
            } else {
                folders = SysModule.state(self).searchFolders
            }
            guard let found = ModuleFinder.find(parts[parts.count - 1], in: folders) else { throw moduleNotFound(name) }
            module = try load(name, from: found)
        }
        let result = try modules.get(.str(name)) ?? .module(module)
        if let parent, parent.attribute(parts[parts.count - 1]) == nil { parent.set(parts[parts.count - 1], result) }
        return result
    }

    /// Runs a module's source file in a new namespace, keeping the module in `sys.modules` while it runs (so
    /// imports that come back to it see it) and only if it finishes.
    private func load(_ name: String, from found: ModuleFinder.Location) throws -> Module {
        guard let source = TextFile.read(found.file) else {
            throw ExceptionFields.osError(errno: 2, filename: found.file)
        }
        let namespace = makeModuleNamespace()
        let module = Module(name: name, namespace: namespace, file: found.file)
        namespace["__doc__"] = Value.none
        if let package = found.package {
            namespace["__path__"] = .list([.str(package)])
            namespace["__package__"] = .str(name)
        } else {
            namespace["__package__"] = .str(name.split(separator: ".").dropLast().joined(separator: "."))
        }
        try modules.set(.str(name), .module(module))
        do {
            try runModuleSource(source, fileName: found.file, in: namespace)
        } catch {
            _ = try? modules.remove(.str(name))
            throw error
        }
        return module
    }

    /// A new global namespace for a module, whose functions run on this interpreter.
    /// - Parameter transient: whether it may end before the interpreter (`exec` with dictionaries of its own):
    ///   the interpreter then does not keep it alive. Default false.
    func makeModuleNamespace(transient: Bool = false) -> Namespace {
        let namespace = Namespace(builtins: registry.builtins)
        namespace.interpreter = self
        if transient, moduleNamespaces.count >= 64, moduleNamespaces.count.nonzeroBitCount == 1 {
            moduleNamespaces.removeAll { $0.namespace == nil }
        }
        moduleNamespaces.append(WeakNamespace(namespace: namespace, kept: transient ? nil : namespace))
        return namespace
    }

    /// Parses and runs a module's source in `namespace`, binding its docstring as `__doc__`.
    /// - Throws: `SyntaxError` (with `msg`, `filename`, `lineno`, `offset`, `text`) when the source does not
    ///   parse, or what running it raised.
    func runModuleSource(_ source: String, fileName: String, in namespace: Namespace) throws {
        let parsed = Parser.parse(source)
        guard parsed.isSuccess else {
            throw syntaxError(parsed.diagnostics.first, fileName: fileName, source: source)
        }
        if case .expression(let first)? = parsed.program.first?.kind, case .constant(.string(let doc)) = first.kind {
            namespace["__doc__"] = .str(doc)
        }
        rememberSource(source, fileName: fileName, firstLine: 1)
        _ = try execute(parsed.program, fileName: fileName, mode: .module, globals: namespace)
    }

    /// The `SyntaxError` for a diagnostic of a module's source.
    /// - Parameter lineEnd: what follows the line's text in `text`: a newline, as CPython reads files and
    ///   `exec` strings; nothing for the last line of an `eval` string; nil for no `text` at all (`None`).
    func syntaxError(_ diagnostic: Diagnostic?, fileName: String, source: String, lineEnd: String? = "\n")
        -> RuntimeError
    {
        guard let diagnostic else { return RuntimeError(BuiltinTypes.syntaxError, "invalid syntax") }
        let line = diagnostic.location.line
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let text: Value = if let lineEnd, line >= 1, line <= lines.count { .str(String(lines[line - 1]) + lineEnd) }
            else { .none }
        let type = diagnostic.exceptionName == "IndentationError" ? BuiltinTypes.indentationError
            : BuiltinTypes.syntaxError
        let details: [Value] = [.str(fileName), .int(line), .int(diagnostic.location.column), text]
        return RuntimeError(ExceptionFields.make(type, Arguments([.str(diagnostic.message), .tuple(details)])))
    }

    /// The absolute name of a module a relative import names (`.`, `..sub`), from the package of the module that
    /// imports (its `__package__`), as CPython's `importlib._bootstrap._resolve_name` finds it.
    /// - Throws: `ImportError` when the importer has no package (a script, a top-level module) or the dots climb
    ///   above its top-level package.
    func absoluteModuleName(_ relative: String, package: Value?) throws -> String {
        let level = relative.prefix { $0 == "." }.count
        let rest = relative.dropFirst(level)
        guard case .str(let package)? = package, !package.isEmpty else {
            throw importError("attempted relative import with no known parent package")
        }
        let bits = package.split(separator: ".", omittingEmptySubsequences: false)
        guard bits.count >= level else {
            throw importError("attempted relative import beyond top-level package")
        }
        let base = bits.dropLast(level - 1).joined(separator: ".")
        return rest.isEmpty ? base : base + "." + rest
    }

    /// `ImportError: message`, with `name` and `path` None.
    private func importError(_ message: String) -> RuntimeError {
        RuntimeError(ExceptionFields.make(BuiltinTypes.importError, Arguments([.str(message)])))
    }

    /// `ModuleNotFoundError: No module named 'x'`, with `name`.
    func moduleNotFound(_ name: String, detail: String = "") -> RuntimeError {
        let exception = ExceptionFields.make(BuiltinTypes.moduleNotFoundError,
                                             Arguments([.str("No module named '\(name)'\(detail)")]))
        exception.attributes["name"] = .str(name)
        return RuntimeError(exception)
    }

    /// Imports a module, or returns nil when that module itself is not there; any other error of importing it
    /// (a module it imports that is missing, an exception it raises) stands.
    func importIfPresent(_ name: String) throws -> Value? {
        do {
            return try importModule(name)
        } catch let error as RuntimeError {
            guard error.exception.type === BuiltinTypes.moduleNotFoundError,
                  case .str(let missing)? = error.exception.attributes["name"], missing == name else {
                throw error
            }
            return nil
        }
    }

    /// `from module import name`: an attribute, or a submodule.
    /// - Throws: `ImportError: cannot import name 'y' from 'm' (path)`, with `name` and `path`.
    func importName(_ name: String, from module: Value, moduleName: String) throws -> Value {
        guard case .module(let m) = module else { return try Operations.attribute(module, name, self) }
        if let v = m.attribute(name) { return v }
        let submodule = moduleName + "." + name
        if registry.hasModule(submodule) || m.attribute("__path__") != nil,
           let found = try importIfPresent(submodule) {
            return found
        }
        let location = m.file ?? "unknown location"
        let exception = ExceptionFields.make(BuiltinTypes.importError, Arguments(
            [.str("cannot import name '\(name)' from '\(m.name)' (\(location))")]))
        exception.attributes["name"] = .str(m.name)
        exception.attributes["path"] = m.file.map { .str($0) } ?? Value.none
        throw RuntimeError(exception)
    }
}
