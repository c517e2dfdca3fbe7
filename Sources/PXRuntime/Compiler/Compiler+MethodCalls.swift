import PXLang

// MARK: - Method calls: `receiver.name(arguments)`

extension Compiler {
    /// `receiver.name(arguments)`. A method of a class defined in the language is called straight from the
    /// site's inline cache (`MethodSite`), without a bound method; module functions are called directly;
    /// `list.append` appends in place; the common built-in methods of `DirectMethod` are called without
    /// `Arguments`; everything else goes through `Interpreter.callMethod`. The call's errors (the receiver's
    /// evaluation locates its own) are marked with `mark`, a failed lookup of the method with `lookup`.
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
            return { fp in try ref { vm in try mark.callingMethod(name, lookup: lookup) {
                let r = try receiver.evaluate(fp, ref)
                let args = try build(fp)
                if case .instance(let inst) = r, let f = site.function(for: inst) {
                    return try vm.call(.function(f), Arguments([r] + args.positional, keywords: args.keywords))
                }
                if case .module(let m) = r, let f = member.member(of: m) { return try vm.call(f, args) }
                return try vm.callMethod(r, name, args)
            } } }
        }
        let args = positionalArguments(arguments)
        let direct = DirectMethod(name, arity: args.count)
        switch args.count {
        case 0:
            return { fp in try ref { vm in try mark.callingMethod(name, lookup: lookup) {
                let r = try receiver.evaluate(fp, ref)
                if let direct, let v = direct.call(r) { return v }
                if case .instance(let inst) = r, let f = site.function(for: inst) {
                    if f.directArity == 1 { return try vm.call(f, r) }
                    return try vm.call(.function(f), Arguments([r]))
                }
                if case .module(let m) = r, let f = member.member(of: m) { return try vm.call(f, Arguments()) }
                return try vm.callMethod(r, name, Arguments())
            } } }
        case 1:
            let a0 = args[0].run
            if name == "append" {
                return { fp in try ref { vm in try mark.callingMethod(name, lookup: lookup) {
                    let r = try receiver.evaluate(fp, ref)
                    let x = try a0(fp)
                    if case .list(let l) = r {
                        l.items.append(x)
                        return .none
                    }
                    if case .instance(let inst) = r, let f = site.function(for: inst) {
                        if f.directArity == 2 { return try vm.call(f, r, x) }
                        return try vm.call(.function(f), Arguments([r, x]))
                    }
                    return try vm.callMethod(r, name, Arguments([x]))
                } } }
            }
            return { fp in try ref { vm in try mark.callingMethod(name, lookup: lookup) {
                let r = try receiver.evaluate(fp, ref)
                let x = try a0(fp)
                if let direct, let v = try direct.call(r, x, vm) { return v }
                if case .instance(let inst) = r, let f = site.function(for: inst) {
                    if f.directArity == 2 { return try vm.call(f, r, x) }
                    return try vm.call(.function(f), Arguments([r, x]))
                }
                if case .module(let m) = r, let f = member.member(of: m) { return try vm.call(f, x) }
                return try vm.callMethod(r, name, Arguments([x]))
            } } }
        case 2:
            let a0 = args[0].run, a1 = args[1].run
            return { fp in try ref { vm in try mark.callingMethod(name, lookup: lookup) {
                let r = try receiver.evaluate(fp, ref)
                let x = try a0(fp)
                let y = try a1(fp)
                if let direct, let v = try direct.call(r, x, y) { return v }
                if case .instance(let inst) = r, let f = site.function(for: inst) {
                    if f.directArity == 3 { return try vm.call(f, r, x, y) }
                    return try vm.call(.function(f), Arguments([r, x, y]))
                }
                if case .module(let m) = r, let f = member.member(of: m) { return try vm.call(f, Arguments([x, y])) }
                return try vm.callMethod(r, name, Arguments([x, y]))
            } } }
        default:
            return { fp in try ref { vm in try mark.callingMethod(name, lookup: lookup) {
                let r = try receiver.evaluate(fp, ref)
                var values: [Value] = []
                values.reserveCapacity(args.count + 1)
                for a in args { values.append(try a.run(fp)) }
                if case .instance(let inst) = r, let f = site.function(for: inst) {
                    return try vm.call(.function(f), Arguments([r] + values))
                }
                if case .module(let m) = r, let f = member.member(of: m) { return try vm.call(f, Arguments(values)) }
                return try vm.callMethod(r, name, Arguments(values))
            } } }
        }
    }
}
