import PXLang

/// Compiles syntax trees into closures ("closure compilation"): every name is resolved to a frame slot,
/// a cell or a global slot before anything runs, so running never looks names up by string.
struct Compiler {
    unowned(unsafe) let vm: Interpreter
    let fileName: String
    /// The global namespace the compiled code reads and writes: the interpreter's `__main__`, or the namespace
    /// of a module run from source.
    let globals: Namespace
    var analysis = ScopeAnalysis()
    var scope: Scope
    /// The `__qualname__` prefix of definitions compiled now (`Point.`, `outer.<locals>.`).
    var qualifiedPrefix = ""
    /// The function whose body is being compiled (for zero-argument `super()`); nil at module level.
    var currentFunction: FunctionDef?
    /// The first line of the scope a traceback shows for frames of code compiled now (`CompiledFunction.scopeStart`);
    /// nil at module level.
    var scopeStart: Int?
    /// The line `Interpreter.currentLine` holds while the expression compiled now runs: its statement's, or the
    /// line of the part of a statement of several lines it is in; 0 where it is not known (no line is recorded).
    var expressionLine = 0

    /// Creates a compiler for one unit of source.
    /// - Parameter globals: the namespace of its global names. Default: the interpreter's `__main__`.
    init(interpreter: Interpreter, fileName: String, globals: Namespace? = nil) {
        self.vm = interpreter
        self.fileName = fileName
        self.globals = globals ?? interpreter.globals
        self.scope = Scope(module: self.globals)
    }

    /// Compiles a module body. With `captureLast`, a final expression statement stores its value in
    /// `Interpreter.lastValue` for display.
    mutating func compileModule(_ program: [Stmt], captureLast: Bool) -> CompiledModule {
        analysis.analyzeModule(program)
        var statements: [Step] = []
        for (i, stmt) in program.enumerated() {
            if captureLast, i == program.count - 1, case .expression(let e) = stmt.kind {
                let line = stmt.location.line
                expressionLine = line
                let value = compile(e)
                expressionLine = 0
                unowned(unsafe) let vm = self.vm
                statements.append(Step { fp in
                    vm.currentLine = line
                    vm.lastValue = try value(fp)
                    return .normal
                })
            } else {
                // A generator dropped by a statement of the module is closed before the next one runs.
                let run = compile(stmt)
                unowned(unsafe) let vm = self.vm
                statements.append(Step { fp in
                    let flow = try run(fp)
                    if vm.hasPendingFinalizers { vm.runFinalizers() }
                    return flow
                })
            }
        }
        return CompiledModule(frameSize: scope.frameSize, body: block(statements))
    }

    /// Compiles a function definition found in the current unit.
    mutating func compileFunction(_ def: FunctionDef) -> CompiledFunction {
        let info = analysis.functions[FunctionKey(def)]
            ?? FunctionScopeInfo(locals: def.parameters.map(\.name), cells: [], free: [], globals: [])
        return compileFunction(def, info: info)
    }

    mutating func compileFunction(_ def: FunctionDef, info: FunctionScopeInfo) -> CompiledFunction {
        let outer = scope
        let inner = Scope(function: info, namespace: globals)
        let outerPrefix = qualifiedPrefix
        let outerFunction = currentFunction
        let outerScopeStart = scopeStart
        let outerExpressionLine = expressionLine
        expressionLine = 0
        let qualifiedName = outerPrefix + def.name
        scope = inner
        qualifiedPrefix = qualifiedName + ".<locals>."
        currentFunction = def
        if !ComprehensionFunction.isComprehensionName(def.name) { scopeStart = def.location.line }
        defer {
            scope = outer
            qualifiedPrefix = outerPrefix
            currentFunction = outerFunction
            scopeStart = outerScopeStart
            expressionLine = outerExpressionLine
        }
        let cellSlots = def.parameters.compactMap { info.cells.contains($0.name) ? inner.slots[$0.name] : nil }
            + info.locals.filter { name in info.cells.contains(name) && !def.parameters.contains { $0.name == name } }
                .compactMap { inner.slots[$0] }
        let freeSlots = info.free.compactMap { inner.slots[$0] }
        if let body = analysis.generatorBodies[FunctionKey(def)] {
            let run = compileGeneratorFunction(def, body: body, qualifiedName: qualifiedName)
            let function = CompiledFunction(definition: def, fileName: fileName, qualifiedName: qualifiedName,
                                            freeNames: info.free, layout: (inner.frameSize, cellSlots, freeSlots), run: run)
            function.scopeStart = scopeStart
            return function
        }
        let run = compileFunctionBody(def.body[...])
        let function = CompiledFunction(definition: def, fileName: fileName, qualifiedName: qualifiedName,
                                        freeNames: info.free, layout: (inner.frameSize, cellSlots, freeSlots), run: run)
        function.scopeStart = scopeStart
        function.localSlots = inner.slots.filter { $0.key.first.map { $0 == "_" || $0.isLetter } ?? false }
            .sorted { $0.value < $1.value }.map { ($0.key, $0.value) }
        return function
    }

    /// Compiles a function received without its defining unit (shipped to an engine): its free variables
    /// become closure cells supplied by the caller.
    mutating func compileDetached(_ def: FunctionDef, freeNames: [String]) -> CompiledFunction {
        analysis.analyzeDetached(def, freeNames: freeNames)
        var info = analysis.functions[FunctionKey(def)]
            ?? FunctionScopeInfo(locals: def.parameters.map(\.name), cells: [], free: [], globals: [])
        info.free = freeNames
        return compileFunction(def, info: info)
    }

    // MARK: - Blocks

    /// Compiles statements into one block.
    mutating func compileBlock(_ statements: [Stmt]) -> Exec {
        block(statements.map { Step(run: compile($0)) })
    }

    /// Runs statements in order, stopping at the first that does not finish normally.
    func block(_ statements: [Step]) -> Exec {
        switch statements.count {
        case 0: return { _ in .normal }
        case 1: return statements[0].run
        case 2:
            let a = statements[0].run, b = statements[1].run
            return { fp in
                let flow = try a(fp)
                guard case .normal = flow else { return flow }
                return try b(fp)
            }
        case 3:
            let a = statements[0].run, b = statements[1].run, c = statements[2].run
            return { fp in
                var flow = try a(fp)
                guard case .normal = flow else { return flow }
                flow = try b(fp)
                guard case .normal = flow else { return flow }
                return try c(fp)
            }
        case 4...16:
            // Three statements, then the rest as a block of its own: the closures are captured one by one, so
            // calling them needs no reference counting (an array of them retains each one it calls).
            let a = statements[0].run, b = statements[1].run, c = statements[2].run
            let d = statements.count == 4 ? statements[3].run : block(Array(statements[3...]))
            return { fp in
                var flow = try a(fp)
                guard case .normal = flow else { return flow }
                flow = try b(fp)
                guard case .normal = flow else { return flow }
                flow = try c(fp)
                guard case .normal = flow else { return flow }
                return try d(fp)
            }
        default:
            // (Long blocks, as a module's, loop: nesting them would be as deep as they are long.)
            return { fp in
                for step in statements {
                    let flow = try step.run(fp)
                    guard case .normal = flow else { return flow }
                }
                return .normal
            }
        }
    }
}

/// A compiled statement stored in an array or optional. (A closure stored directly in a generic container
/// is called through reabstraction thunks; wrapped in a struct it is called directly.)
struct Step {
    let run: Exec
}

/// A compiled expression stored in an optional or array (see `Step`).
struct EvalBox {
    let run: Eval
}
