import PXLang

/// Compiles syntax trees into closures ("closure compilation"): every name is resolved to a frame slot,
/// a cell or a global slot before anything runs, so running never looks names up by string.
struct Compiler {
    unowned(unsafe) let vm: Interpreter
    let fileName: String
    var analysis = ScopeAnalysis()
    var scope: Scope

    init(interpreter: Interpreter, fileName: String) {
        self.vm = interpreter
        self.fileName = fileName
        self.scope = Scope(module: interpreter.globals)
    }

    /// Compiles a module body. With `captureLast`, a final expression statement stores its value in
    /// `Interpreter.lastValue` for display.
    mutating func compileModule(_ program: [Stmt], captureLast: Bool) -> CompiledModule {
        analysis.analyzeModule(program)
        var statements: [Exec] = []
        for (i, stmt) in program.enumerated() {
            if captureLast, i == program.count - 1, case .expression(let e) = stmt.kind {
                let value = compile(e)
                unowned(unsafe) let vm = self.vm
                statements.append(located(stmt.location) { fp in
                    vm.lastValue = try value(fp)
                    return .normal
                })
            } else {
                statements.append(compile(stmt))
            }
        }
        return CompiledModule(frameSize: scope.frameSize, body: block(statements))
    }

    /// Compiles a function definition found in the current unit.
    mutating func compileFunction(_ def: FunctionDef) -> CompiledFunction {
        let info = analysis.functions[def.location]
            ?? FunctionScopeInfo(locals: def.parameters.map(\.name), cells: [], free: [], globals: [])
        return compileFunction(def, info: info)
    }

    mutating func compileFunction(_ def: FunctionDef, info: FunctionScopeInfo) -> CompiledFunction {
        let code = CompiledFunction(definition: def, fileName: fileName, info: info)
        let outer = scope
        let inner = Scope(function: info, namespace: vm.globals)
        scope = inner
        defer { scope = outer }
        code.cellSlots = def.parameters.compactMap { info.cells.contains($0.name) ? inner.slots[$0.name] : nil }
            + info.locals.filter { name in info.cells.contains(name) && !def.parameters.contains { $0.name == name } }
                .compactMap { inner.slots[$0] }
        code.freeSlots = info.free.compactMap { inner.slots[$0] }
        code.isSimple = def.parameters.allSatisfy { $0.kind == .normal }
        if def.body.count == 1, case .return(let e?) = def.body[0].kind {
            code.returnExpression = compile(e)
        } else {
            code.body = block(def.body.map { compile($0) })
        }
        code.frameSize = inner.frameSize
        return code
    }

    /// Compiles a function received without its defining unit (shipped to an engine): its free variables
    /// become closure cells supplied by the caller.
    mutating func compileDetached(_ def: FunctionDef, freeNames: [String]) -> CompiledFunction {
        analysis.analyzeDetached(def, freeNames: freeNames)
        var info = analysis.functions[def.location]
            ?? FunctionScopeInfo(locals: def.parameters.map(\.name), cells: [], free: [], globals: [])
        info.free = freeNames
        return compileFunction(def, info: info)
    }

    // MARK: - Blocks

    /// Runs statements in order, stopping at the first that does not finish normally.
    func block(_ statements: [Exec]) -> Exec {
        switch statements.count {
        case 0: return { _ in .normal }
        case 1: return statements[0]
        case 2:
            let a = statements[0], b = statements[1]
            return { fp in
                let flow = try a(fp)
                guard case .normal = flow else { return flow }
                return try b(fp)
            }
        default:
            return { fp in
                for statement in statements {
                    let flow = try statement(fp)
                    guard case .normal = flow else { return flow }
                }
                return .normal
            }
        }
    }

    /// Wraps a statement so an exception escaping it records the statement's line.
    func located(_ location: SourceLocation, _ exec: @escaping Exec) -> Exec {
        return { fp in
            do {
                return try exec(fp)
            } catch let error as RuntimeError {
                error.exception.noteLocation(location)
                throw error
            }
        }
    }
}
