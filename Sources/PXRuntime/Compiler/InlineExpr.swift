import PXLang

/// An expression simple enough for hot closures to evaluate in place instead of calling a closure:
/// function arguments such as `n - 1`, returned values, operands.
enum InlineExpr {
    /// A local variable (named for the `UnboundLocalError`).
    case local(Int, name: LocalName)
    /// A constant.
    case constant(Value)
    /// `local + k`, `local - k` or `local * k` with an integer constant `k`; an error of the operation is
    /// marked with `mark`.
    case localArithmetic(Int, name: LocalName, op: BinaryOperator, k: Int, mark: ErrorMark)
    /// Anything else.
    case general(Eval)

    /// The value of the expression in frame `fp`.
    @inline(__always)
    func evaluate(_ fp: UnsafeMutablePointer<Value>, _ vm: InterpreterRef) throws -> Value {
        switch self {
        case .local(let slot, _):
            let p = fp + slot
            if case .undefined = p.pointee { throw unbound() }
            return p.copy
        case .constant(let v):
            return v
        case .localArithmetic(let slot, _, let op, let k, _):
            let x = fp[slot]
            if case .int(let i) = x {
                let (r, o) = Compiler.integerOperation(op, i, k)
                if !o { return .int(r) }
            }
            return try arithmeticSlowPath(x, vm)
        case .general(let e):
            return try e(fp)
        }
    }

    /// The value of the expression as a function's result: a local is moved out of the frame, which the
    /// function is about to leave.
    @inline(__always)
    func result(_ fp: UnsafeMutablePointer<Value>, _ vm: InterpreterRef) throws -> Value {
        if case .local(let slot, _) = self {
            let p = fp + slot
            if case .undefined = p.pointee { throw unbound() }
            let v = p.move()
            p.initialize(to: .undefined)
            return v
        }
        return try evaluate(fp, vm)
    }

    /// The `UnboundLocalError` for a local read before assignment, marked at the name.
    func unbound() -> RuntimeError {
        switch self {
        case .local(_, let name), .localArithmetic(_, let name, _, _, _): return name.unbound()
        default: return RuntimeError(BuiltinTypes.runtimeError, "unbound operand")
        }
    }

    /// `local op k` when the local is not an integer or the result overflows.
    /// (It may run methods of native objects, which might rebind globals: it counts as code run while a
    /// callee waits for its arguments, see `Interpreter.pendingCallees`.)
    func arithmeticSlowPath(_ x: Value, _ vm: InterpreterRef) throws -> Value {
        guard case .localArithmetic(_, _, let op, let k, let mark) = self else { return .none }
        if case .undefined = x { throw unbound() }
        return try vm { vm in
            vm.pendingCallees += 1
            defer { vm.pendingCallees -= 1 }
            return try mark { try Operations.binary(op, x, .int(k), vm) }
        }
    }

    /// Whether evaluating the expression may run code of the program (calls, operators of objects).
    var runsCode: Bool {
        if case .general = self { return true }
        return false
    }
}
