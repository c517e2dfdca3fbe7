import PXLang

// MARK: - Calls of global functions with positional arguments

extension Compiler {
    /// The compiled expressions of arguments known to be all positional.
    mutating func positionalArguments(_ arguments: [Argument]) -> [EvalBox] {
        arguments.map { arg in
            if case .positional(let e) = arg { return EvalBox(run: compile(e)) }
            return EvalBox { _ in .none }
        }
    }

    /// `f(a, b)` where `f` is a global name and there are at most three positional arguments: a function
    /// defined in the language that takes exactly those arguments is entered directly, without building
    /// `Arguments`. The call's errors are marked with `mark`, an unbound name's with `nameMark`.
    mutating func compileGlobalCall(_ slot: Namespace.Slot, _ arguments: [Argument], _ mark: ErrorMark,
                                    name nameMark: ErrorMark) -> Eval {
        let vm = InterpreterRef(self.vm)
        let args = arguments.map { argument -> InlineExpr in
            if case .positional(let e) = argument { return inline(e) }
            return .constant(.none)
        }
        // Arguments that may run code are evaluated under `pendingCallees`.
        let guarded = args.contains { $0.runsCode }
        switch args.count {
        case 0:
            return { _ in
                if let callee = slot.function {
                    return try vm { vm in try mark { try callee._withUnsafeGuaranteedRef { try vm.callDirect($0) } } }
                }
                let f = try Compiler.globalValue(slot, nameMark)
                return try vm { vm in try mark { try vm.call(f, Arguments()) } }
            }
        case 1:
            let a0 = args[0]
            if let unary = Compiler.builtinFunction(slot)?.unary {
                // `len(x)`, `abs(x)`: a built-in is called with the argument alone, without a value of the
                // built-in or a dispatch on it, while the global of its name is unbound.
                return { fp in
                    if case .undefined = slot.value {
                        let x = try a0.evaluate(fp, vm)
                        return try vm { vm in try mark { try unary(x, vm) } }
                    }
                    if let callee = slot.function {
                        return try vm { vm in
                            try mark {
                                try callee._withUnsafeGuaranteedRef { try vm.callDirect($0, a0, fp, guarded: guarded) }
                            }
                        }
                    }
                    let f = try Compiler.globalValue(slot, nameMark)
                    let x = try a0.evaluate(fp, vm)
                    return try vm { vm in try mark { try vm.call(f, x) } }
                }
            }
            if !guarded {
                // (A separate closure, so the common case tests nothing about `guarded`.)
                return { fp in
                    if let callee = slot.function {
                        return try vm { vm in
                            try mark {
                                try callee._withUnsafeGuaranteedRef { try vm.callDirect($0, a0, fp, guarded: false) }
                            }
                        }
                    }
                    let f = try Compiler.globalValue(slot, nameMark)
                    let x = try a0.evaluate(fp, vm)
                    return try vm { vm in try mark { try vm.call(f, x) } }
                }
            }
            return { fp in
                if let callee = slot.function {
                    return try vm { vm in
                        try mark {
                            try callee._withUnsafeGuaranteedRef { try vm.callDirect($0, a0, fp, guarded: true) }
                        }
                    }
                }
                let f = try Compiler.globalValue(slot, nameMark)
                let x = try a0.evaluate(fp, vm)
                return try vm { vm in try mark { try vm.call(f, x) } }
            }
        case 2:
            let a0 = args[0], a1 = args[1]
            if let binary = Compiler.builtinFunction(slot)?.binary {
                // `max(a, b)`, `isinstance(x, T)`: as `len(x)` above.
                return { fp in
                    if case .undefined = slot.value {
                        let x = try a0.evaluate(fp, vm)
                        let y = try a1.evaluate(fp, vm)
                        return try vm { vm in try mark { try binary(x, y, vm) } }
                    }
                    if let callee = slot.function {
                        return try vm { vm in
                            try mark {
                                try callee._withUnsafeGuaranteedRef { try vm.callDirect($0, a0, a1, fp, guarded: guarded) }
                            }
                        }
                    }
                    let f = try Compiler.globalValue(slot, nameMark)
                    let x = try a0.evaluate(fp, vm)
                    let y = try a1.evaluate(fp, vm)
                    return try vm { vm in try mark { try vm.call(f, x, y) } }
                }
            }
            return { fp in
                if let callee = slot.function {
                    return try vm { vm in
                        try mark {
                            try callee._withUnsafeGuaranteedRef { try vm.callDirect($0, a0, a1, fp, guarded: guarded) }
                        }
                    }
                }
                let f = try Compiler.globalValue(slot, nameMark)
                let x = try a0.evaluate(fp, vm)
                let y = try a1.evaluate(fp, vm)
                return try vm { vm in try mark { try vm.call(f, x, y) } }
            }
        default:
            let a0 = args[0], a1 = args[1], a2 = args[2]
            return { fp in
                if let callee = slot.function {
                    return try vm { vm in
                        try mark {
                            try callee._withUnsafeGuaranteedRef {
                                try vm.callDirect($0, a0, a1, a2, fp, guarded: guarded)
                            }
                        }
                    }
                }
                let f = try Compiler.globalValue(slot, nameMark)
                let x = try a0.evaluate(fp, vm)
                let y = try a1.evaluate(fp, vm)
                let z = try a2.evaluate(fp, vm)
                return try vm { vm in try mark { try vm.call(f, Arguments([x, y, z])) } }
            }
        }
    }

    /// The value of a global name (a built-in when unbound), or `NameError` marked with `mark`.
    static func globalValue(_ slot: Namespace.Slot, _ mark: ErrorMark) throws -> Value {
        let v = slot.value
        if case .undefined = v { return try builtin(slot, mark) }
        return v
    }

    /// The built-in function a global name falls back to while unbound (nil when there is none, or it is
    /// another kind of value, as a type).
    static func builtinFunction(_ slot: Namespace.Slot) -> BuiltinFunction? {
        if case .builtin(let b)? = slot.builtin { return b }
        return nil
    }

    /// The built-in a global name falls back to while unbound, or `NameError` marked with `mark`.
    static func builtin(_ slot: Namespace.Slot, _ mark: ErrorMark) throws -> Value {
        if let builtin = slot.builtin { return builtin }
        throw mark.locate(RuntimeError.nameError(slot.name))
    }
}

// MARK: - Entering functions called by name

extension Interpreter {
    /// Calls `f` (held by a global slot, which keeps it alive) with no arguments.
    @inline(__always)
    func callDirect(_ f: Function) throws -> Value {
        if f.directArity == 0 { return try call(f) }
        return try call(.function(f), Arguments())
    }

    /// Calls `f` with the value of one argument expression, evaluated after `f` was read. While arguments
    /// that may run code are evaluated (`guarded`), `pendingCallees` tells `Namespace.retire` that `f` is
    /// about to run.
    @inline(__always)
    func callDirect(_ f: Function, _ a0: InlineExpr, _ fp: UnsafeMutablePointer<Value>, guarded: Bool)
        throws -> Value {
        if guarded { pendingCallees += 1 }
        let x: Value
        do {
            x = try a0.evaluate(fp, InterpreterRef(self))
        } catch {
            if guarded { pendingCallees -= 1 }
            throw error
        }
        if guarded { pendingCallees -= 1 }
        if f.directArity == 1 { return try call(f, x) }
        return try call(.function(f), Arguments([x]))
    }

    /// Calls `f` with the values of two argument expressions.
    @inline(__always)
    func callDirect(_ f: Function, _ a0: InlineExpr, _ a1: InlineExpr, _ fp: UnsafeMutablePointer<Value>,
                    guarded: Bool) throws -> Value {
        if guarded { pendingCallees += 1 }
        let x: Value, y: Value
        do {
            x = try a0.evaluate(fp, InterpreterRef(self))
            y = try a1.evaluate(fp, InterpreterRef(self))
        } catch {
            if guarded { pendingCallees -= 1 }
            throw error
        }
        if guarded { pendingCallees -= 1 }
        if f.directArity == 2 { return try call(f, x, y) }
        return try call(.function(f), x, y)
    }

    /// Calls `f` with the values of three argument expressions.
    @inline(__always)
    func callDirect(_ f: Function, _ a0: InlineExpr, _ a1: InlineExpr, _ a2: InlineExpr,
                    _ fp: UnsafeMutablePointer<Value>, guarded: Bool) throws -> Value {
        if guarded { pendingCallees += 1 }
        let x: Value, y: Value, z: Value
        do {
            x = try a0.evaluate(fp, InterpreterRef(self))
            y = try a1.evaluate(fp, InterpreterRef(self))
            z = try a2.evaluate(fp, InterpreterRef(self))
        } catch {
            if guarded { pendingCallees -= 1 }
            throw error
        }
        if guarded { pendingCallees -= 1 }
        if f.directArity == 3 { return try call(f, x, y, z) }
        return try call(.function(f), Arguments([x, y, z]))
    }
}
