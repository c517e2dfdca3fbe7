import PXLang

// MARK: - Statements

extension Compiler {
    /// Compiles a statement; running it records its line in `Interpreter.currentLine` for tracebacks.
    mutating func compile(_ stmt: Stmt) -> Exec {
        let line = stmt.location.line
        let outerLine = expressionLine
        expressionLine = line
        defer { expressionLine = outerLine }
        unowned(unsafe) let vm = self.vm
        // The most frequent statements set the line themselves, saving a closure call.
        switch stmt.kind {
        case .expression(let e):
            let eval = compile(e)
            return { fp in
                vm.currentLine = line
                _ = try eval(fp)
                return .normal
            }
        case .return(let e?):
            let eval = compile(e)
            return { fp in
                vm.currentLine = line
                return .returnValue(try eval(fp))
            }
        case .if(let test, let body, let otherwise):
            let condition = compileCondition(test)
            let then = compileBlock(body)
            if otherwise.isEmpty {
                return { fp in
                    vm.currentLine = line
                    return try condition(fp) ? try then(fp) : .normal
                }
            }
            let other = compileBlock(otherwise)
            return { fp in
                vm.currentLine = line
                return try condition(fp) ? try then(fp) : try other(fp)
            }
        case .assign(let targets, let value):
            return compileAssignment(targets, value, line: line)
        case .augmentedAssign(let target, let op, let value):
            return compileAugmentedAssignment(target, op, value, line: line)
        default:
            let inner = compileUnlocated(stmt)
            return { fp in
                vm.currentLine = line
                return try inner(fp)
            }
        }
    }

    mutating func compileUnlocated(_ stmt: Stmt) -> Exec {
        unowned(unsafe) let vm = self.vm
        switch stmt.kind {
        case .expression(let e):
            let eval = compile(e)
            return { fp in
                _ = try eval(fp)
                return .normal
            }
        case .assign(let targets, let value):
            return compileAssignment(targets, value, line: nil)
        case .augmentedAssign(let target, let op, let value):
            return compileAugmentedAssignment(target, op, value)
        case .functionDef(let def):
            return compileFunctionDefinition(def)
        case .classDef(let def):
            return compileClassDefinition(def)
        case .annotatedAssign(let target, let annotation, let value):
            return compileAnnotatedAssignment(target, annotation, value)
        case .return(let e):
            guard let e else { return { _ in .returnValue(.none) } }
            let eval = compile(e)
            return { fp in .returnValue(try eval(fp)) }
        case .if(let test, let body, let otherwise):
            let condition = compileCondition(test)
            let then = compileBlock(body)
            if otherwise.isEmpty {
                return { fp in try condition(fp) ? try then(fp) : .normal }
            }
            let other = compileBlock(otherwise)
            return { fp in try condition(fp) ? try then(fp) : try other(fp) }
        case .for(let target, let iterable, let body, let otherwise):
            return compileFor(target, iterable, body, otherwise)
        case .while(let test, let body, let otherwise):
            let condition = compileCondition(test)
            let run = compileBlock(body)
            let other = otherwise.isEmpty ? nil : compileBlock(otherwise)
            return { fp in
                while try condition(fp) {
                    if vm.interrupt.isRaised { try vm.raiseInterrupt() }
                    let flow = try run(fp)
                    switch flow {
                    case .normal, .continueLoop: continue
                    case .breakLoop: return .normal
                    case .returnValue, .yielded: return flow
                    }
                }
                if let other { return try other(fp) }
                return .normal
            }
        case .break:
            return { _ in .breakLoop }
        case .continue:
            return { _ in .continueLoop }
        case .pass, .global, .nonlocal:
            return { _ in .normal }
        case .delete(let targets):
            // A generator whose last reference `del` drops is closed before the next statement, as in CPython.
            let delete = block(targets.map { Step(run: compileDelete($0)) })
            return { fp in
                let flow = try delete(fp)
                if vm.hasPendingFinalizers { vm.runFinalizers() }
                return flow
            }
        case .assert(let test, let message):
            let condition = compileCondition(test)
            let text = message.map { compile($0) }
            // CPython marks the test of an assertion that fails.
            let mark = errorMark(test)
            return { fp in
                if try condition(fp) { return .normal }
                let args = try text.map { [try $0(fp)] } ?? []
                throw mark.locate(RuntimeError(ExceptionObject(type: BuiltinTypes.assertionError, args: args)))
            }
        case .try(let body, let handlers, let otherwise, let finally):
            return compileTry(body, handlers, otherwise, finally)
        case .raise(let exception, let cause):
            return compileRaise(exception, cause)
        case .with(let items, let body):
            return compileWith(items, body)
        case .import(let aliases):
            let steps: [Step] = aliases.map { alias in
                let store = compileNameWrite(alias.alias ?? String(alias.name.split(separator: ".")[0]))
                let bindTop = alias.alias == nil && alias.name.contains(".")
                let topName = String(alias.name.split(separator: ".")[0])
                return Step { fp in
                    let module = try vm.importModule(alias.name)
                    store(fp, bindTop ? try vm.importModule(topName) : module)
                    if let observer = vm.importObserver { try observer(alias.name, []) }
                    return .normal
                }
            }
            return block(steps)
        case .importFrom(let written, let names):
            if written == "__future__" { return { _ in .normal } }
            let globals = self.globals
            let absoluteName: () throws -> String = written.hasPrefix(".")
                ? { try vm.absoluteModuleName(written, package: globals["__package__"]) } : { written }
            if names.count == 1, names[0].name == "*" {
                return { _ in
                    let moduleName = try absoluteName()
                    guard case .module(let m) = try vm.importModule(moduleName) else { return .normal }
                    for name in try m.publicNames() {
                        guard let value = m.attribute(name) else {
                            throw RuntimeError.attributeError("module '\(m.name)' has no attribute '\(name)'")
                        }
                        globals[name] = value
                    }
                    return .normal
                }
            }
            let stores = names.map { (compileNameWrite($0.alias ?? $0.name), $0.name) }
            return { fp in
                let moduleName = try absoluteName()
                let module = try vm.importModule(moduleName)
                for (store, name) in stores {
                    store(fp, try vm.importName(name, from: module, moduleName: moduleName))
                }
                if let observer = vm.importObserver { try observer(moduleName, stores.map(\.1)) }
                return .normal
            }
        }
    }

    mutating func compileRaise(_ exception: Expr?, _ cause: Expr?) -> Exec {
        unowned(unsafe) let vm = self.vm
        guard let exception else {
            return { _ in
                guard let current = vm.handling.last else {
                    throw RuntimeError(BuiltinTypes.runtimeError, "No active exception to reraise")
                }
                current.prepareRaise(bare: true)
                throw RuntimeError(current)
            }
        }
        let eval = compile(exception)
        let causeEval = cause.map { compile($0) }
        return { fp in
            let object = try Compiler.exceptionToRaise(try eval(fp), vm)
            if let causeEval {
                let causeValue = try causeEval(fp)
                if case .none = causeValue {
                    object.cause = nil
                } else {
                    guard let causeObject = try? Compiler.exceptionToRaise(causeValue, vm) else {
                        throw RuntimeError.typeError("exception causes must derive from BaseException")
                    }
                    object.cause = causeObject
                }
                object.suppressContext = true
            }
            object.prepareRaise(bare: false)
            if object.context == nil, let current = vm.handling.last, current !== object { object.context = current }
            throw RuntimeError(object)
        }
    }

    /// The exception `raise value` raises: an exception, or a new instance of an exception class.
    static func exceptionToRaise(_ value: Value, _ vm: Interpreter) throws -> ExceptionObject {
        switch value {
        case .exception(let e): return e
        case .type(let t) where t.isExceptionType:
            guard case .exception(let e) = try vm.call(value, Arguments()) else {
                throw RuntimeError.typeError("calling \(t.repr) should have returned an instance of BaseException, not "
                    + "NoneType")
            }
            return e
        default:
            throw RuntimeError.typeError("exceptions must derive from BaseException")
        }
    }

    mutating func compileTry(_ body: [Stmt], _ handlers: [ExceptHandler], _ otherwise: [Stmt],
                             _ finally: [Stmt]) -> Exec {
        unowned(unsafe) let vm = self.vm
        let run = compileBlock(body)
        // A handler's class is evaluated with the line of the statement that raised left in place (it is the
        // line the traceback shows), so it records no line of its own.
        let statementLine = expressionLine
        expressionLine = 0
        let types = handlers.map { h in h.type.map { compile($0) } }
        expressionLine = statementLine
        let compiledHandlers: [(Eval?, ((UnsafeMutablePointer<Value>, Value) -> Void)?, Exec, Exec?)] = handlers.indices.map { i in
            let h = handlers[i]
            return (types[i], h.name.map { compileNameWrite($0) }, compileBlock(h.body), h.name.map { compileNameDelete($0) })
        }
        let other = otherwise.isEmpty ? nil : compileBlock(otherwise)
        let cleanup = finally.isEmpty ? nil : compileBlock(finally)
        let file = fileName, function = currentFunction?.name ?? "<module>", start = scopeStart
        let guarded: Exec = { fp in
            let flow: Flow
            do {
                flow = try run(fp)
            } catch {
                let error = RuntimeError.wrapping(error)
                let exception = error.exception
                for (typeEval, store, handler, unbind) in compiledHandlers {
                    if let typeEval {
                        let expected = try typeEval(fp)
                        guard try Operations.exceptionMatches(exception, expected) else { continue }
                    }
                    exception.caught(at: TracebackEntry(file: file, line: vm.currentLine, function: function,
                                                         scopeStart: start, span: exception.pendingSpan))
                    store?(fp, .exception(exception))
                    vm.handling.append(exception)
                    defer {
                        vm.handling.removeLast()
                        // Python deletes the `as` name when the handler ends.
                        _ = try? unbind?(fp)
                    }
                    do {
                        return try handler(fp)
                    } catch let raised as RuntimeError {
                        // An exception raised while handling this one has it as its implicit `__context__`.
                        let object = raised.exception
                        if object.context == nil, object !== exception { object.context = exception }
                        throw raised
                    }
                }
                throw error
            }
            if case .normal = flow, let other { return try other(fp) }
            return flow
        }
        guard let cleanup else { return guarded }
        return { fp in
            let flow: Flow
            do {
                flow = try guarded(fp)
            } catch {
                let finalFlow = try cleanup(fp)
                if case .normal = finalFlow { throw error }
                return finalFlow
            }
            let finalFlow = try cleanup(fp)
            if case .normal = finalFlow { return flow }
            return finalFlow
        }
    }

    mutating func compileWith(_ items: [WithItem], _ body: [Stmt]) -> Exec {
        unowned(unsafe) let vm = self.vm
        var inner = compileBlock(body)
        for item in items.reversed() {
            let context = compile(item.context)
            let store = item.target.map { compileTargetStore($0) }
            let next = inner
            inner = { fp in
                let manager = try context(fp)
                let entered = try Operations.enterContext(manager, vm)
                try store?(fp, entered)
                let flow: Flow
                do {
                    flow = try next(fp)
                } catch {
                    if try Operations.exitContext(manager, raised: RuntimeError.wrapping(error), vm) { return .normal }
                    throw error
                }
                _ = try Operations.exitContext(manager, raised: nil, vm)
                return flow
            }
        }
        return inner
    }
}

extension RuntimeError {
    /// Converts any error thrown inside the interpreter into a language exception.
    static func wrapping(_ error: any Error) -> RuntimeError {
        if let runtime = error as? RuntimeError { return runtime }
        return RuntimeError(BuiltinTypes.runtimeError, "\(error)")
    }
}
