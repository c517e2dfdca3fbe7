import PXLang

// MARK: - Method calls with one or two positional arguments: `rng.next(3)`, `d.get(k, 0)`

extension Compiler {
    /// `receiver.name(x)` and `receiver.name(x, y)` (positional arguments only, not `append`): as
    /// `compileMethodCall`, with the arguments evaluated in place (`InlineExpr`) and the receiver handed to the
    /// method's frame without a second copy. A local receiver holding an instance is checked against the site's
    /// cache before it is retained, once, for the frame.
    mutating func compileShortMethodCall(_ receiver: InlineExpr, _ name: String, _ arguments: [Argument],
                                         _ site: MethodSite, _ member: ModuleMemberSite, _ direct: DirectMethod?,
                                         _ mark: ErrorMark, lookup: ErrorMark) -> Eval {
        let ref = InterpreterRef(self.vm)
        let args = arguments.map { argument -> InlineExpr in
            if case .positional(let e) = argument { return inline(e) }
            return .constant(.none)
        }
        // (A `let`: a captured `var` would be read through a box with a dynamic exclusivity check.)
        let localSlot: Int
        if case .local(let slot, _) = receiver { localSlot = slot } else { localSlot = -1 }
        if args.count == 1 {
            let a0 = args[0]
            return { fp in try ref { vm in try mark {
                if localSlot >= 0, let borrowed = (fp + localSlot).borrowedInstance,
                   let f = borrowed._withUnsafeGuaranteedRef({ site.function(for: $0) }), f.directArity == 2 {
                    // (Retained here: the argument may rebind the local.)
                    let r = Value.instance(borrowed.takeUnretainedValue())
                    let x = try a0.evaluate(fp, ref)
                    return try vm.call(f, consume r, x)
                }
                let r = try receiver.evaluate(fp, ref)
                if case .instance(let inst) = r, let f = site.function(for: inst) {
                    let x = try a0.evaluate(fp, ref)
                    if f.directArity == 2 { return try vm.call(f, consume r, x) }
                    return try vm.call(.function(f), Arguments([r, x]))
                }
                if case .module(let m) = r, let f = member.member(of: m) {
                    return try vm.call(f, try a0.evaluate(fp, ref))
                }
                if let direct, direct.accepts(r) {
                    // The receiver has the method: nothing to look up before the argument.
                    let x = try a0.evaluate(fp, ref)
                    if let v = try direct.call(r, x, vm) { return v }
                    return try vm.callMethod(r, name, Arguments([x]))
                }
                let target = try lookup { try site.target(r, vm) }
                return try vm.call(target, r, name, Arguments([try a0.evaluate(fp, ref)]))
            } } }
        }
        let a0 = args[0], a1 = args[1]
        return { fp in try ref { vm in try mark {
            if localSlot >= 0, let borrowed = (fp + localSlot).borrowedInstance,
               let f = borrowed._withUnsafeGuaranteedRef({ site.function(for: $0) }), f.directArity == 3 {
                let r = Value.instance(borrowed.takeUnretainedValue())
                let x = try a0.evaluate(fp, ref)
                let y = try a1.evaluate(fp, ref)
                return try vm.call(f, consume r, x, y)
            }
            let r = try receiver.evaluate(fp, ref)
            if case .instance(let inst) = r, let f = site.function(for: inst) {
                let x = try a0.evaluate(fp, ref)
                let y = try a1.evaluate(fp, ref)
                if f.directArity == 3 { return try vm.call(f, consume r, x, y) }
                return try vm.call(.function(f), Arguments([r, x, y]))
            }
            if case .module(let m) = r, let f = member.member(of: m) {
                let x = try a0.evaluate(fp, ref)
                return try vm.call(f, Arguments([x, try a1.evaluate(fp, ref)]))
            }
            if let direct, direct.accepts(r) {
                let x = try a0.evaluate(fp, ref)
                let y = try a1.evaluate(fp, ref)
                if let v = try direct.call(r, x, y) { return v }
                return try vm.callMethod(r, name, Arguments([x, y]))
            }
            let target = try lookup { try site.target(r, vm) }
            let x = try a0.evaluate(fp, ref)
            return try vm.call(target, r, name, Arguments([x, try a1.evaluate(fp, ref)]))
        } } }
    }
}
