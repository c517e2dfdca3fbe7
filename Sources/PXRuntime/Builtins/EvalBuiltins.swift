import PXLang

/// `eval`, `exec`, `compile` and `locals`, and the `builtins` module.
///
/// Called by name, `eval` and `exec` see the variables of the code that calls them (the compiler hands them
/// its scope, see `Compiler+ScopeBuiltins.swift`); called through another name they see `__main__`.
enum EvalBuiltins {
    static func install(into r: Registry) {
        r.register("eval", doc: "Evaluate the given source in the context of globals and locals.") { args, vm in
            try run(.eval, args, caller: CallerScope(globals: vm.globals, locals: nil), vm)
        }
        r.register("exec", doc: "Execute the given source in the context of globals and locals.") { args, vm in
            try run(.exec, args, caller: CallerScope(globals: vm.globals, locals: nil), vm)
        }
        r.register("compile", doc: "Compile source into a code object that can be executed by exec() or eval().") {
            args, vm in
            .object(try compile(args, vm))
        }
        r.register("locals", doc: "Return a dictionary containing the current scope's local variables.") { args, vm in
            try args.check("locals", min: 0, max: 0)
            return .dict(CallerScope(globals: vm.globals, locals: nil).localsDictionary)
        }
        r.registerModule("builtins", doc: "Built-in functions, types, exceptions, and other objects.") { vm in
            vm.registry.builtins.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
    }

    /// Which of the two built-ins runs.
    enum Runner: String {
        case eval, exec
    }

    /// `eval(source, globals=None, locals=None)` or `exec(...)`, with `caller` the scope of the code that calls.
    static func run(_ runner: Runner, _ args: Arguments, caller: CallerScope, _ vm: Interpreter) throws -> Value {
        try checkArguments(runner, args)
        let code = try codeObject(args[0], runner, vm)
        let globalsDictionary = try dictionary(args.count > 1 ? args[1] : .none, runner, globals: true)
        let localsDictionary = try dictionary(args.count > 2 ? args[2] : .none, runner, globals: false)
        guard globalsDictionary != nil || localsDictionary != nil || caller.locals != nil else {
            let value = try execute(code, in: caller.globals, vm)
            return runner == .exec ? .none : value
        }
        // A namespace of its own, filled from the dictionaries (or the caller's variables) and written back.
        let namespace = vm.makeModuleNamespace(transient: true)
        var given: [String: Value] = [:]
        func bind(_ name: String, _ value: Value) {
            guard name != "__builtins__" else { return }
            namespace[name] = value
            given[name] = value
        }
        if let globalsDictionary {
            for (key, value) in globalsDictionary.storage { if case .str(let name) = key.value { bind(name, value) } }
        } else {
            for name in caller.globals.names { if let value = caller.globals[name] { bind(name, value) } }
        }
        if let localsDictionary {
            for (key, value) in localsDictionary.storage { if case .str(let name) = key.value { bind(name, value) } }
        } else if globalsDictionary == nil, let locals = caller.locals {
            for (name, value) in locals { bind(name, value) }
        }
        let value = try execute(code, in: namespace, vm)
        let result = runner == .exec ? Value.none : value
        // What the code bound, rebound or deleted goes to the locals mapping (the globals one when it is the
        // locals too); a function's own variables are a snapshot, as in CPython, and are not written back.
        guard let target = localsDictionary ?? globalsDictionary else { return result }
        for name in namespace.names {
            guard let value = namespace[name] else { continue }
            if let old = given[name], old.isIdentical(to: value) { continue }
            target.set(name, value)
        }
        for name in given.keys where namespace[name] == nil { _ = try target.remove(.str(name)) }
        if let globalsDictionary, try globalsDictionary.get(.str("__builtins__")) == nil {
            // (CPython puts the built-ins' dictionary there.)
            globalsDictionary.set("__builtins__", try Operations.attribute(try vm.importModule("builtins"), "__dict__", vm))
        }
        return result
    }

    /// Checks the number of arguments and that none is given by keyword, in CPython's words.
    private static func checkArguments(_ runner: Runner, _ args: Arguments) throws {
        if let keyword = args.keywords.first {
            throw RuntimeError.typeError(runner == .eval ? "eval() takes no keyword arguments"
                : "'\(keyword.name)' is an invalid keyword argument for exec()")
        }
        switch runner {
        case .eval:
            try args.check("eval", min: 1, max: 3)
        case .exec:
            if args.count == 0 {
                throw RuntimeError.typeError("exec() takes at least 1 positional argument (0 given)")
            }
            if args.count > 3 {
                throw RuntimeError.typeError("exec() takes at most 3 positional arguments (\(args.count) given)")
            }
        }
    }

    /// The dictionary given as `globals` or `locals`, or nil for `None`.
    private static func dictionary(_ value: Value, _ runner: Runner, globals: Bool) throws -> DictObject? {
        switch value {
        case .none: return nil
        case .dict(let d): return d
        default:
            switch (runner, globals) {
            case (.eval, true): throw RuntimeError.typeError("globals must be a real dict; try eval(expr, {}, mapping)")
            case (.eval, false): throw RuntimeError.typeError("locals must be a mapping")
            case (.exec, true): throw RuntimeError.typeError("exec() globals must be a dict, not \(value.typeName)")
            case (.exec, false):
                throw RuntimeError.typeError("locals must be a mapping or None, not \(value.typeName)")
            }
        }
    }

    /// The source argument as code: a code object as it is, a string or bytes parsed as `runner` parses it.
    private static func codeObject(_ source: Value, _ runner: Runner, _ vm: Interpreter) throws -> CodeObject {
        if case .object(let object) = source, let code = object as? CodeObject { return code }
        guard let text = sourceText(source) else {
            throw RuntimeError.typeError("\(runner.rawValue)() arg 1 must be a string, bytes or code object")
        }
        return try parse(text, fileName: "<string>", mode: runner == .eval ? .eval : .exec, vm)
    }

    private static func sourceText(_ source: Value) -> String? {
        switch source {
        case .str(let s): return s
        case .bytes(let b): return String(decoding: b, as: UTF8.self)
        default: return nil
        }
    }

    /// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
    static func compile(_ args: Arguments, _ vm: Interpreter) throws -> CodeObject {
        let names = ["source", "filename", "mode", "flags", "dont_inherit", "optimize"]
        if args.count > names.count {
            throw RuntimeError.typeError("compile() takes at most 6 positional arguments (\(args.count) given)")
        }
        for (name, _) in args.keywords where !names.contains(name) && name != "_feature_version" {
            throw RuntimeError.typeError("'\(name)' is an invalid keyword argument for compile()")
        }
        var values: [Value] = []
        for (index, name) in names.prefix(3).enumerated() {
            guard let value = args.argument(index, name) else {
                throw RuntimeError.typeError("compile() missing required argument '\(name)' (pos \(index + 1))")
            }
            values.append(value)
        }
        guard let text = sourceText(values[0]) else {
            throw RuntimeError.typeError("compile() arg 1 must be a string, bytes or AST object")
        }
        guard case .str(let fileName) = values[1] else {
            throw RuntimeError.typeError("expected str, bytes or os.PathLike object, not \(values[1].typeName)")
        }
        guard case .str(let modeName) = values[2] else {
            throw RuntimeError.typeError("compile() argument 'mode' must be str, not \(values[2].typeName)")
        }
        guard let mode = CodeObject.Mode(rawValue: modeName) else {
            throw RuntimeError(BuiltinTypes.valueError, "compile() mode must be 'exec', 'eval' or 'single'")
        }
        return try parse(text, fileName: fileName, mode: mode, vm)
    }

    /// Parses source text for `mode`.
    /// - Throws: `SyntaxError` naming `fileName`.
    static func parse(_ text: String, fileName: String, mode: CodeObject.Mode, _ vm: Interpreter) throws -> CodeObject {
        guard mode == .eval else {
            let parsed = Parser.parse(text)
            guard parsed.isSuccess else {
                let diagnostic = parsed.diagnostics.first
                // (CPython shows no line for the errors its compiler finds in a string.)
                throw vm.syntaxError(diagnostic, fileName: fileName, source: text,
                                     lineEnd: diagnostic?.isFoundAfterParsing == true ? nil : "\n")
            }
            return CodeObject(source: text, fileName: fileName, mode: mode, program: parsed.program)
        }
        // An expression may start with spaces or tabs, as in CPython's `eval`.
        let trimmed = String(text.drop { $0 == " " || $0 == "\t" })
        guard trimmed.contains(where: { !$0.isWhitespace }) else {
            let details: [Value] = [.str(fileName), .int(0), .int(0), .str("")]
            throw RuntimeError(ExceptionFields.make(BuiltinTypes.syntaxError,
                                                    Arguments([.str("invalid syntax"), .tuple(details)])))
        }
        let (expression, diagnostics) = Parser.parseExpression(trimmed)
        guard let expression else { throw evalSyntaxError(diagnostics.first, trimmed, fileName: fileName, vm) }
        return CodeObject(source: text, fileName: fileName, mode: mode,
                          program: [Stmt(.expression(expression), at: expression.location)])
    }

    /// The `SyntaxError` of an `eval` string, as CPython words it: the line's text keeps its newline only when
    /// the string has one there, and a problem found at the end of a string without a final newline is at
    /// offset 0 (CPython's tokenizer reports it at the end marker).
    private static func evalSyntaxError(_ found: Diagnostic?, _ text: String, fileName: String,
                                        _ vm: Interpreter) -> RuntimeError {
        guard var diagnostic = found else { return vm.syntaxError(nil, fileName: fileName, source: text) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = diagnostic.location.line
        let endsLine = line < lines.count
        if !endsLine, line >= 1, line <= lines.count, diagnostic.location.column > lines[line - 1].count {
            diagnostic.location = SourceLocation(line: line, column: 0)
        }
        return vm.syntaxError(diagnostic, fileName: fileName, source: text, lineEnd: endsLine ? "\n" : "")
    }

    /// Runs `code` with `namespace` as its globals: an expression's value, a `single` statement's value printed.
    static func execute(_ code: CodeObject, in namespace: Namespace, _ vm: Interpreter) throws -> Value {
        switch code.mode {
        case .exec:
            _ = try vm.execute(code.program, fileName: code.fileName, mode: .module, globals: namespace)
            return .none
        case .eval:
            return try vm.execute(code.program, fileName: code.fileName, mode: .interactive, globals: namespace)
                ?? .none
        case .single:
            if let value = try vm.execute(code.program, fileName: code.fileName, mode: .interactive,
                                          globals: namespace) {
                vm.output.write(ValueFormatter.repr(value, vm) + "\n", to: .stdout)
            }
            return .none
        }
    }
}

extension EvalBuiltins {
    /// One of the built-ins that read their caller's scope (see `Compiler.compileScopeBuiltinCall`), called
    /// with that scope.
    static func callInScope(_ name: String, _ args: Arguments, _ caller: CallerScope, _ vm: Interpreter) throws
        -> Value
    {
        switch name {
        case "eval": return try run(.eval, args, caller: caller, vm)
        case "exec": return try run(.exec, args, caller: caller, vm)
        case "globals":
            try args.check("globals", min: 0, max: 0)
            return .dict(caller.globalsDictionary)
        case "dir":
            return .list(ListObject(caller.names.map { .str($0) }))
        default:
            try args.check(name, min: 0, max: 0)
            return .dict(caller.localsDictionary)
        }
    }
}
