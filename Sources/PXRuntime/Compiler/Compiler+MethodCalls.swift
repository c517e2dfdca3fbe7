import PXLang

// MARK: - Method calls: `receiver.name(arguments)`

extension Compiler {
    /// `receiver.name(arguments)`: the receiver, then the method's lookup, then the arguments, then the call, as
    /// CPython does them. A method of a class defined in the language is found in the site's inline cache
    /// (`MethodSite`) and called without a bound method; a module function is found in `ModuleMemberSite`;
    /// `list.append` appends in place; the common built-in methods of `DirectMethod` are called without
    /// `Arguments`; everything else is looked up by `Interpreter.lookUpMethod` and called after the arguments.
    /// A failed lookup (and whatever it runs: `__getattr__`, a property) is marked with `lookup`, the
    /// `receiver.name` part; the call's errors with `mark` (the receiver and arguments locate their own).
    mutating func compileMethodCall(_ receiverExpr: Expr, _ name: String, _ arguments: [Argument],
                                    _ mark: ErrorMark, lookup: ErrorMark) -> Eval {
        // Every closure takes the interpreter from `ref`: an `unowned(unsafe)` capture is retained and released
        // around each use.
        let ref = InterpreterRef(self.vm)
        let receiver = inline(receiverExpr)
        let site = MethodSite(name: name)
        let member = ModuleMemberSite(name: name)
        let simple = arguments.allSatisfy { if case .positional = $0 { return true } else { return false } }
        guard simple else {
            let build = compileArguments(arguments)
            return { fp in try ref { vm in try mark {
                let r = try receiver.evaluate(fp, ref)
                if case .instance(let inst) = r, let f = site.function(for: inst) {
                    let args = try build(fp)
                    return try vm.call(.function(f), Arguments([r] + args.positional, keywords: args.keywords))
                }
                if case .module(let m) = r, let f = member.member(of: m) { return try vm.call(f, try build(fp)) }
                let target = try lookup { try site.target(r, vm) }
                return try vm.call(target, r, name, try build(fp))
            } } }
        }
        let direct = DirectMethod(name, arity: arguments.count)
        if arguments.count == 1 || arguments.count == 2, name != "append", case .local = receiver {
            return compileShortMethodCall(receiver, name, arguments, site, member, direct, mark, lookup: lookup)
        }
        let args = positionalArguments(arguments)
        switch args.count {
        case 0:
            return { fp in try ref { vm in try mark {
                let r = try receiver.evaluate(fp, ref)
                if let direct, let v = direct.call(r) { return v }
                if case .instance(let inst) = r, let f = site.function(for: inst) {
                    if f.directArity == 1 { return try vm.call(f, r) }
                    return try vm.call(.function(f), Arguments([r]))
                }
                if case .module(let m) = r, let f = member.member(of: m) { return try vm.call(f, Arguments()) }
                let target = try lookup { try site.target(r, vm) }
                return try vm.call(target, r, name, Arguments())
            } } }
        case 1:
            let a0 = args[0].run
            if name == "append" {
                return { fp in try ref { vm in try mark {
                    let r = try receiver.evaluate(fp, ref)
                    if case .list(let l) = r {
                        l.items.append(try a0(fp))
                        return .none
                    }
                    if case .instance(let inst) = r, let f = site.function(for: inst) {
                        let x = try a0(fp)
                        if f.directArity == 2 { return try vm.call(f, r, x) }
                        return try vm.call(.function(f), Arguments([r, x]))
                    }
                    let target = try lookup { try site.target(r, vm) }
                    return try vm.call(target, r, name, Arguments([try a0(fp)]))
                } } }
            }
            return { fp in try ref { vm in try mark {
                let r = try receiver.evaluate(fp, ref)
                if case .instance(let inst) = r, let f = site.function(for: inst) {
                    let x = try a0(fp)
                    if f.directArity == 2 { return try vm.call(f, r, x) }
                    return try vm.call(.function(f), Arguments([r, x]))
                }
                if case .module(let m) = r, let f = member.member(of: m) { return try vm.call(f, try a0(fp)) }
                if let direct, direct.accepts(r) {
                    // The receiver has the method: nothing to look up before the argument.
                    let x = try a0(fp)
                    if let v = try direct.call(r, x, vm) { return v }
                    return try vm.callMethod(r, name, Arguments([x]))
                }
                let target = try lookup { try site.target(r, vm) }
                return try vm.call(target, r, name, Arguments([try a0(fp)]))
            } } }
        case 2:
            let a0 = args[0].run, a1 = args[1].run
            return { fp in try ref { vm in try mark {
                let r = try receiver.evaluate(fp, ref)
                if case .instance(let inst) = r, let f = site.function(for: inst) {
                    let x = try a0(fp)
                    let y = try a1(fp)
                    if f.directArity == 3 { return try vm.call(f, r, x, y) }
                    return try vm.call(.function(f), Arguments([r, x, y]))
                }
                if case .module(let m) = r, let f = member.member(of: m) {
                    let x = try a0(fp)
                    return try vm.call(f, Arguments([x, try a1(fp)]))
                }
                if let direct, direct.accepts(r) {
                    let x = try a0(fp)
                    let y = try a1(fp)
                    if let v = try direct.call(r, x, y) { return v }
                    return try vm.callMethod(r, name, Arguments([x, y]))
                }
                let target = try lookup { try site.target(r, vm) }
                let x = try a0(fp)
                return try vm.call(target, r, name, Arguments([x, try a1(fp)]))
            } } }
        default:
            return { fp in try ref { vm in try mark {
                let r = try receiver.evaluate(fp, ref)
                if case .instance(let inst) = r, let f = site.function(for: inst) {
                    return try vm.call(.function(f), Arguments([r] + (try Compiler.values(args, fp))))
                }
                if case .module(let m) = r, let f = member.member(of: m) {
                    return try vm.call(f, Arguments(try Compiler.values(args, fp)))
                }
                let target = try lookup { try site.target(r, vm) }
                return try vm.call(target, r, name, Arguments(try Compiler.values(args, fp)))
            } } }
        }
    }

    /// The values of positional arguments, in order.
    static func values(_ args: [EvalBox], _ fp: UnsafeMutablePointer<Value>) throws -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(args.count + 1)
        for a in args { values.append(try a.run(fp)) }
        return values
    }
}
