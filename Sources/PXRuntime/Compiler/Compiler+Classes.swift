import PXLang

// MARK: - Class statements, decorators, annotations and zero-argument super()

extension Compiler {
    /// `@decorators def name(...)`: decorator expressions run first (top to bottom), then the function is
    /// created and passed through them bottom-up; the result is bound to the name.
    mutating func compileFunctionDefinition(_ def: FunctionDef) -> Exec {
        unowned(unsafe) let vm = self.vm
        let decorators = compileDecorators(def.decorators)
        let make = compileFunctionValue(def)
        let store = compileNameWrite(def.name)
        if def.decorators.isEmpty {
            return { fp in
                store(fp, try make(fp))
                return .normal
            }
        }
        let line = def.location.line
        return { fp in
            let decoratorValues = try decorators(fp)
            vm.currentLine = line
            var value = try make(fp)
            for d in decoratorValues.reversed() { value = try vm.call(d, value) }
            store(fp, value)
            return .normal
        }
    }

    /// Evaluates decorator expressions top to bottom, each recording its own line for tracebacks.
    mutating func compileDecorators(_ decorators: [Expr]) -> (UnsafeMutablePointer<Value>) throws -> [Value] {
        unowned(unsafe) let vm = self.vm
        let evals = decorators.map { (EvalBox(run: compile($0)), $0.location.line) }
        return { fp in
            var values: [Value] = []
            values.reserveCapacity(evals.count)
            for (eval, line) in evals {
                vm.currentLine = line
                values.append(try eval.run(fp))
            }
            return values
        }
    }

    /// `@decorators class Name(bases): body`: the body runs in a fresh namespace, the class is built from
    /// it, passed through the decorators bottom-up and bound to the name.
    mutating func compileClassDefinition(_ def: ClassDef) -> Exec {
        unowned(unsafe) let vm = self.vm
        let decorators = compileDecorators(def.decorators)
        let bases = compileArguments(def.bases)
        let qualifiedName = qualifiedPrefix + def.name
        let code = compileClassBody(def, qualifiedName: qualifiedName)
        let captureSlots = self.captureSlots(code.freeNames)
        let store = compileNameWrite(def.name)
        let name = def.name
        let doc = def.docstring
        let line = def.location.line
        let globals = self.globals
        let fileName = self.fileName
        return { fp in
            let decoratorValues = try decorators(fp)
            vm.currentLine = line
            let arguments = try bases(fp)
            let namespace = DictObject()
            namespace.set("__module__", globals["__name__"] ?? .str("__main__"))
            namespace.set("__qualname__", .str(qualifiedName))
            if let doc { namespace.set("__doc__", .str(doc)) }
            let body = Function(code: code, defaults: [:], closure: Compiler.capture(captureSlots, fp), globals: globals)
            _ = try vm.call(.function(body), Arguments([.dict(namespace)]))
            let type = try vm.makeClass(name: name, arguments: arguments, namespace: namespace)
            type.definitionSite = (fileName, line)
            var value = Value.type(type)
            for d in decoratorValues.reversed() { value = try vm.call(d, value) }
            store(fp, value)
            return .normal
        }
    }

    /// Compiles a class body as a function of one hidden parameter, the namespace dictionary it fills. Names
    /// assigned in the body live in that dictionary; when a method uses zero-argument `super()`, the body's
    /// `__class__` cell is left in the namespace as `__classcell__` for `makeClass` to fill.
    mutating func compileClassBody(_ def: ClassDef, qualifiedName: String) -> CompiledFunction {
        let info = analysis.functions[FunctionKey(def)]
            ?? FunctionScopeInfo(locals: [ScopeAnalysis.classNamespaceName], cells: [], free: [], globals: [],
                                 classNames: [])
        let outer = scope, outerPrefix = qualifiedPrefix, outerFunction = currentFunction
        let inner = Scope(function: info, namespace: globals)
        scope = inner
        qualifiedPrefix = qualifiedName + "."
        currentFunction = nil
        defer {
            scope = outer
            qualifiedPrefix = outerPrefix
            currentFunction = outerFunction
        }
        let definition = FunctionDef(
            name: def.name,
            parameters: [PXLang.Parameter(name: ScopeAnalysis.classNamespaceName, kind: .normal, defaultValue: nil)],
            body: def.body, location: def.location)
        let cellSlots = info.cells.sorted().compactMap { inner.slots[$0] }
        let freeSlots = info.free.compactMap { inner.slots[$0] }
        let block = compileBlock(def.body)
        let classCellSlot = info.cells.contains("__class__") ? inner.slots["__class__"] : nil
        let run: Eval = { fp in
            _ = try block(fp)
            if let classCellSlot, case .dict(let namespace) = fp[0] { namespace.set("__classcell__", fp[classCellSlot]) }
            return .none
        }
        return CompiledFunction(definition: definition, fileName: fileName, qualifiedName: qualifiedName,
                                freeNames: info.free, layout: (inner.frameSize, cellSlots, freeSlots), run: run)
    }

    /// `target: annotation [= value]`. At module and class level the annotation is evaluated and, for a plain
    /// name, recorded in `__annotations__`; in a function it is not evaluated.
    mutating func compileAnnotatedAssignment(_ target: Expr, _ annotation: Expr, _ value: Expr?) -> Exec {
        let assign = value.map { compileAssignment([target], $0, line: nil) }
        let isClassBody = scope.info?.classNames != nil
        guard !scope.isFunction || isClassBody else {
            return assign ?? { _ in .normal }
        }
        let evaluate = compile(annotation)
        var record: ((UnsafeMutablePointer<Value>, Value) throws -> Void)?
        if case .name(let name) = target.kind {
            if isClassBody {
                record = { fp, v in
                    guard case .dict(let namespace) = fp[0] else { return }
                    let key = HashKey(string: "__annotations__")
                    if case .dict(let annotations)? = (try? namespace.get(key)) ?? nil {
                        annotations.set(name, v)
                    } else {
                        let annotations = DictObject()
                        annotations.set(name, v)
                        try? namespace.set(key, .dict(annotations))
                    }
                }
            } else {
                let slot = globals.slot("__annotations__")
                record = { _, v in
                    if case .dict(let annotations) = slot.value {
                        annotations.set(name, v)
                    } else {
                        let annotations = DictObject()
                        annotations.set(name, v)
                        slot.value = .dict(annotations)
                    }
                }
            }
        }
        return { fp in
            let a = try evaluate(fp)
            try record?(fp, a)
            return try assign?(fp) ?? .normal
        }
    }

    /// `super()` with no arguments in a method: the class of the `__class__` cell and the method's first
    /// argument. Nil when the call is not that form (or `super` is not available here), so it compiles as an
    /// ordinary call.
    mutating func compileZeroArgumentSuper(_ callee: Expr, _ arguments: [Argument]) -> Eval? {
        guard arguments.isEmpty, case .name("super") = callee.kind, let function = currentFunction,
              case .cell(let classSlot) = scope.resolveVariable("__class__"),
              case .global(let superSlot) = scope.resolve("super") else { return nil }
        let first = function.parameters.first.flatMap { p -> NameLocation? in
            p.kind == .normal ? scope.resolveVariable(p.name) : nil
        }
        unowned(unsafe) let vm = self.vm
        return { fp in
            if !superSlot.value.isUndefined { return try vm.call(superSlot.value, Arguments()) }
            guard case .cell(let cell) = fp[classSlot], case .type(let cls) = cell.value else {
                throw RuntimeError(BuiltinTypes.runtimeError, "super(): __class__ cell not found")
            }
            var receiver = Value.undefined
            switch first {
            case .local(let slot)?: receiver = fp[slot]
            case .cell(let slot)?: if case .cell(let c) = fp[slot] { receiver = c.value }
            default: break
            }
            if case .undefined = receiver { throw RuntimeError(BuiltinTypes.runtimeError, "super(): no arguments") }
            return try ClassBuiltins.makeSuper(cls, receiver)
        }
    }
}
