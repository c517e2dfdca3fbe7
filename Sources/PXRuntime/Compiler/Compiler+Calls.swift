import PXLang

// MARK: - Calls

extension Compiler {
    /// `callee(arguments)`, whose errors (the callee's own, once its frame is left) are marked with `mark`.
    mutating func compileCall(_ callee: Expr, _ arguments: [Argument], at location: SourceLocation,
                              _ mark: ErrorMark) -> Eval {
        unowned(unsafe) let vm = self.vm
        let simple = arguments.allSatisfy { if case .positional = $0 { return true } else { return false } }
        if case .attribute(let receiverExpr, let name) = callee.kind {
            return compileMethodCall(receiverExpr, name, arguments, mark, lookup: errorMark(callee))
        }
        if let zeroArgumentSuper = compileZeroArgumentSuper(callee, arguments) { return mark.wrap(zeroArgumentSuper) }
        if let scopeCall = compileScopeBuiltinCall(callee, arguments, mark) { return scopeCall }
        if let sum = compileInlineSum(callee, arguments, mark) { return sum }
        if simple, arguments.count <= 3, case .name(let name) = callee.kind, case .global(let slot) = scope.resolve(name) {
            return compileGlobalCall(slot, arguments, mark, name: errorMark(callee))
        }
        if simple, case .name(let name) = callee.kind, case .local(let calleeSlot) = scope.resolve(name),
           let call = compileLocalCall(calleeSlot, name: localName(name, callee), arguments, mark) {
            return call
        }
        let function = compile(callee)
        if simple {
            let args = positionalArguments(arguments)
            // (The interpreter comes from `ref`: an `unowned(unsafe)` capture is retained around each use.)
            let ref = InterpreterRef(self.vm)
            switch args.count {
            case 0:
                return { fp in
                    let f = try function(fp)
                    return try ref { vm in try mark { try vm.call(f, Arguments()) } }
                }
            case 1:
                let a0 = args[0].run
                return { fp in
                    let f = try function(fp)
                    let x = try a0(fp)
                    return try ref { vm in try mark { try vm.call(f, x) } }
                }
            case 2:
                let a0 = args[0].run, a1 = args[1].run
                return { fp in
                    let f = try function(fp)
                    let x = try a0(fp)
                    let y = try a1(fp)
                    return try ref { vm in try mark { try vm.call(f, x, y) } }
                }
            default:
                return { fp in
                    let f = try function(fp)
                    var values: [Value] = []
                    values.reserveCapacity(args.count)
                    for a in args { values.append(try a.run(fp)) }
                    return try ref { vm in try mark { try vm.call(f, Arguments(values)) } }
                }
            }
        }
        let build = compileArguments(arguments)
        return { fp in
            let f = try function(fp)
            return try mark { try vm.call(f, try build(fp)) }
        }
    }

    /// Builds `Arguments`, expanding `*iterable` and `**mapping`.
    mutating func compileArguments(_ arguments: [Argument]) -> (UnsafeMutablePointer<Value>) throws -> Arguments {
        unowned(unsafe) let vm = self.vm
        enum Part {
            case positional(Eval), keyword(String, Eval), star(Eval), doubleStar(Eval)
        }
        let parts: [Part] = arguments.map {
            switch $0 {
            case .positional(let e): return .positional(compile(e))
            case .keyword(let n, let e): return .keyword(n, compile(e))
            case .star(let e): return .star(compile(e))
            case .doubleStar(let e): return .doubleStar(compile(e))
            }
        }
        return { fp in
            var args = Arguments()
            for part in parts {
                switch part {
                case .positional(let e): args.positional.append(try e(fp))
                case .keyword(let n, let e): args.keywords.append((n, try e(fp)))
                case .star(let e): args.positional += try Operations.collect(try e(fp), vm)
                case .doubleStar(let e):
                    let mapping = try e(fp)
                    guard case .dict(let d) = mapping.unwrappingBuiltin else {
                        throw RuntimeError.typeError("argument after ** must be a mapping, not \(mapping.typeName)")
                    }
                    for (k, v) in d.storage {
                        guard case .str(let name) = k.value else {
                            throw RuntimeError.typeError("keywords must be strings")
                        }
                        if args.keywords.contains(where: { $0.name == name }) {
                            throw RuntimeError.typeError("got multiple values for keyword argument '\(name)'")
                        }
                        args.keywords.append((name, v))
                    }
                }
            }
            return args
        }
    }
}

// MARK: - Calls of functions held in locals

extension Compiler {
    /// `f(a)` or `f(a, b)` where `f` is a local (a function passed in, as `predicate(x)`, or a lambda): the
    /// callee and the arguments are evaluated in place, and a function defined in the language that takes
    /// exactly those arguments is entered directly. When no argument runs code, the function is used from its
    /// slot without retaining it: only the code of the slot's own frame rebinds a local, and that frame waits
    /// for the call. The call's errors are marked with `mark`. Nil for other argument counts.
    mutating func compileLocalCall(_ calleeSlot: Int, name: LocalName, _ arguments: [Argument],
                                   _ mark: ErrorMark) -> Eval? {
        guard arguments.count == 1 || arguments.count == 2 else { return nil }
        let ref = InterpreterRef(self.vm)
        let callee = InlineExpr.local(calleeSlot, name: name)
        let args = arguments.map { argument -> InlineExpr in
            if case .positional(let e) = argument { return inline(e) }
            return .constant(.none)
        }
        let borrows = !args.contains { $0.runsCode }
        if arguments.count == 1 {
            let a0 = args[0]
            return { fp in
                if borrows, let f = (fp + calleeSlot).borrowedFunction {
                    let x = try a0.evaluate(fp, ref)
                    return try ref { vm in
                        try mark {
                            try f._withUnsafeGuaranteedRef { f in
                                f.directArity == 1 ? try vm.call(f, x) : try vm.call(.function(f), Arguments([x]))
                            }
                        }
                    }
                }
                let f = try callee.evaluate(fp, ref)
                let x = try a0.evaluate(fp, ref)
                return try ref { vm in try mark { try vm.call(f, x) } }
            }
        }
        let a0 = args[0], a1 = args[1]
        return { fp in
            if borrows, let f = (fp + calleeSlot).borrowedFunction {
                let x = try a0.evaluate(fp, ref)
                let y = try a1.evaluate(fp, ref)
                return try ref { vm in
                    try mark {
                        try f._withUnsafeGuaranteedRef { f in
                            f.directArity == 2 ? try vm.call(f, x, y) : try vm.call(.function(f), x, y)
                        }
                    }
                }
            }
            let f = try callee.evaluate(fp, ref)
            let x = try a0.evaluate(fp, ref)
            let y = try a1.evaluate(fp, ref)
            return try ref { vm in try mark { try vm.call(f, x, y) } }
        }
    }
}
