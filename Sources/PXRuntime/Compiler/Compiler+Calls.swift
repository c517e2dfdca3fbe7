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
        if arguments.isEmpty, case .name(let name) = callee.kind, name == "dir" || name == "locals",
           case .global(let slot) = scope.resolve(name), scope.isFunction {
            // `dir()` / `locals()` inside a function list the function's bound local names.
            let locals = scope.slots.filter { !(scope.info?.free.contains($0.key) ?? false) }.sorted { $0.key < $1.key }
            return { fp in
                if !slot.value.isUndefined { return try mark { try vm.call(slot.value, Arguments()) } }
                var bound: [(String, Value)] = []
                for (localName, index) in locals {
                    var v = fp[index]
                    if case .cell(let c) = v { v = c.value }
                    if !v.isUndefined { bound.append((localName, v)) }
                }
                if name == "dir" { return .list(ListObject(bound.map { .str($0.0) })) }
                let d = DictObject()
                for (k, v) in bound { d.set(k, v) }
                return .dict(d)
            }
        }
        if let sum = compileInlineSum(callee, arguments, mark) { return sum }
        if simple, arguments.count <= 3, case .name(let name) = callee.kind, case .global(let slot) = scope.resolve(name) {
            return compileGlobalCall(slot, arguments, mark, name: errorMark(callee))
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
