import PXLang

/// An expression simple enough for hot closures to evaluate in place instead of calling a closure:
/// function arguments such as `n - 1`, returned values, operands.
enum InlineExpr {
    /// A local variable (named for the `UnboundLocalError`).
    case local(Int, name: String)
    /// A constant.
    case constant(Value)
    /// `local + k`, `local - k` or `local * k` with an integer constant `k`.
    case localArithmetic(Int, name: String, op: BinaryOperator, k: Int)
    /// Anything else.
    case general(Eval)

    /// The value of the expression in frame `fp`.
    @inline(__always)
    func evaluate(_ fp: UnsafeMutablePointer<Value>, _ vm: InterpreterRef) throws -> Value {
        switch self {
        case .local(let slot, _):
            let v = fp[slot]
            if case .undefined = v { throw unbound() }
            return v
        case .constant(let v):
            return v
        case .localArithmetic(let slot, _, let op, let k):
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

    /// The `UnboundLocalError` for a local read before assignment.
    func unbound() -> RuntimeError {
        switch self {
        case .local(_, let name), .localArithmetic(_, let name, _, _): return Compiler.unboundLocal(name)
        default: return RuntimeError(BuiltinTypes.runtimeError, "unbound operand")
        }
    }

    /// `local op k` when the local is not an integer or the result overflows.
    /// (It may run methods of native objects, which might rebind globals: it counts as code run while a
    /// callee waits for its arguments, see `Interpreter.pendingCallees`.)
    func arithmeticSlowPath(_ x: Value, _ vm: InterpreterRef) throws -> Value {
        guard case .localArithmetic(_, _, let op, let k) = self else { return .none }
        if case .undefined = x { throw unbound() }
        return try vm { vm in
            vm.pendingCallees += 1
            defer { vm.pendingCallees -= 1 }
            return try Operations.binary(op, x, .int(k), vm)
        }
    }

    /// Whether evaluating the expression may run code of the program (calls, operators of objects).
    var runsCode: Bool {
        if case .general = self { return true }
        return false
    }
}

/// A condition simple enough for hot closures to test in place: `local < k` and the other comparisons of
/// a local with an integer constant.
enum InlineCondition {
    /// `local op k`.
    case compareLocal(Int, name: String, op: ComparisonOperator, k: Int)
    /// Anything else.
    case general(Condition)

    /// The truth of the condition in frame `fp`.
    @inline(__always)
    func evaluate(_ fp: UnsafeMutablePointer<Value>, _ vm: InterpreterRef) throws -> Bool {
        switch self {
        case .compareLocal(let slot, _, let op, let k):
            if case .int(let i) = fp[slot] {
                switch op {
                case .less: return i < k
                case .lessEqual: return i <= k
                case .greater: return i > k
                case .greaterEqual: return i >= k
                case .equal: return i == k
                default: return i != k
                }
            }
            return try slowPath(fp, vm)
        case .general(let c):
            return try c(fp)
        }
    }

    func slowPath(_ fp: UnsafeMutablePointer<Value>, _ vm: InterpreterRef) throws -> Bool {
        guard case .compareLocal(let slot, let name, let op, let k) = self else { return false }
        let x = fp[slot]
        if case .undefined = x { throw Compiler.unboundLocal(name) }
        return try vm { try Operations.compare(op, x, .int(k), $0) }
    }
}

extension Compiler {
    /// Compiles an expression for in-place evaluation.
    mutating func inline(_ e: Expr) -> InlineExpr {
        switch e.kind {
        case .name(let name):
            if case .local(let slot) = scope.resolve(name) { return .local(slot, name: name) }
        case .constant(let c):
            return .constant(Compiler.value(of: c))
        case .binary(let op, let lhs, let rhs) where op == .add || op == .subtract || op == .multiply:
            if case .name(let name) = lhs.kind, case .local(let slot) = scope.resolve(name),
               case .constant(.int(let k)) = rhs.kind {
                return .localArithmetic(slot, name: name, op: op, k: k)
            }
        default:
            break
        }
        return .general(compile(e))
    }

    /// Compiles a condition for in-place testing.
    mutating func inlineCondition(_ e: Expr) -> InlineCondition {
        localComparison(e) ?? .general(compileCondition(e))
    }

    /// `local op k` (an integer constant) as an in-place condition, or nil for other expressions.
    func localComparison(_ e: Expr) -> InlineCondition? {
        if case .compare(let first, let steps) = e.kind, steps.count == 1,
           [.less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual].contains(steps[0].op),
           case .name(let name) = first.kind, case .local(let slot) = scope.resolve(name),
           case .constant(.int(let k)) = steps[0].operand.kind {
            return .compareLocal(slot, name: name, op: steps[0].op, k: k)
        }
        return nil
    }
}

extension UnsafeMutablePointer where Pointee == Value {
    /// Stores into an initialized slot; an old value owning nothing is overwritten without the outlined
    /// destroy.
    @inline(__always)
    func store(_ value: consuming Value) {
        switch pointee {
        case .none, .bool, .int, .float, .undefined: initialize(to: value)
        default: pointee = value
        }
    }
}
