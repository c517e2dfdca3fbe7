import PXLang

// MARK: - Operators and conditions

extension Compiler {
    mutating func compileBinary(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr) -> Eval {
        unowned(unsafe) let vm = self.vm
        if op == .modulo, case .constant(.string(let format)) = lhs.kind {
            let template = PercentFormat.compile(format)
            if let plan = template.plan, case .tuple(let items) = rhs.kind, !items.isEmpty,
               !items.contains(where: { if case .starred = $0.kind { return true } else { return false } }) {
                // `"..." % (a, b)`: the items are formatted without building the tuple.
                let evals = items.map { EvalBox(run: compile($0)) }
                return { fp in try plan.run(evaluating: evals, fp, vm) }
            }
            let b = compile(rhs)
            return { fp in try template.apply(try b(fp), vm) }
        }
        guard op == .add || op == .subtract || op == .multiply else {
            let a = compile(lhs), b = compile(rhs)
            return { fp in try Operations.binary(op, try a(fp), try b(fp), vm) }
        }
        let left = operand(lhs), right = operand(rhs)
        let leftName: String
        if case .name(let n) = lhs.kind { leftName = n } else { leftName = "" }
        // `local op constant` (`n - 1`, `i * 2`): no closure calls at all.
        if case .local(let slot) = left, case .constant(.int(let k)) = right {
            return { fp in
                let x = fp[slot]
                if case .int(let i) = x {
                    let (r, o) = Compiler.integerOperation(op, i, k)
                    if !o { return .int(r) }
                }
                if case .undefined = x { throw Compiler.unboundLocal(leftName) }
                return try Operations.binary(op, x, .int(k), vm)
            }
        }
        let a = read(left, name: leftName)
        if case .constant(.int(let k)) = right {
            return { fp in
                let x = try a(fp)
                if case .int(let i) = x {
                    let (r, o) = Compiler.integerOperation(op, i, k)
                    if !o { return .int(r) }
                }
                return try Operations.binary(op, x, .int(k), vm)
            }
        }
        let b = read(right, name: "")
        return { fp in
            let x = try a(fp), y = try b(fp)
            if case .int(let i) = x, case .int(let j) = y {
                let (r, o) = Compiler.integerOperation(op, i, j)
                if !o { return .int(r) }
            } else if let p = x.asDouble, let q = y.asDouble {
                switch op {
                case .add: return .float(p + q)
                case .subtract: return .float(p - q)
                default: return .float(p * q)
                }
            }
            return try Operations.binary(op, x, y, vm)
        }
    }

    /// `+`, `-` or `*` on integers, reporting overflow.
    @inline(__always)
    static func integerOperation(_ op: BinaryOperator, _ i: Int, _ j: Int) -> (Int, Bool) {
        switch op {
        case .add: return i.addingReportingOverflow(j)
        case .subtract: return i.subtractingReportingOverflow(j)
        default: return i.multipliedReportingOverflow(by: j)
        }
    }

    /// Compiles an expression evaluated for its truth value, without boxing comparisons into `bool` values.
    mutating func compileCondition(_ expr: Expr) -> Condition {
        switch expr.kind {
        case .unary(.not, let operand):
            let c = compileCondition(operand)
            return { fp in !(try c(fp)) }
        case .and(let lhs, let rhs):
            let a = compileCondition(lhs), b = compileCondition(rhs)
            return { fp in try a(fp) && b(fp) }
        case .or(let lhs, let rhs):
            let a = compileCondition(lhs), b = compileCondition(rhs)
            return { fp in try a(fp) || b(fp) }
        case .compare(let first, let steps):
            unowned(unsafe) let vm = self.vm
            if steps.count == 1, case .local(let slot) = operand(first), case .constant(.int(let k)) = operand(steps[0].operand),
               [.less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual].contains(steps[0].op) {
                let op = steps[0].op
                let name: String
                if case .name(let n) = first.kind { name = n } else { name = "" }
                return { fp in
                    let x = fp[slot]
                    if case .int(let i) = x {
                        switch op {
                        case .less: return i < k
                        case .lessEqual: return i <= k
                        case .greater: return i > k
                        case .greaterEqual: return i >= k
                        case .equal: return i == k
                        default: return i != k
                        }
                    }
                    if case .undefined = x { throw Compiler.unboundLocal(name) }
                    return try Operations.compare(op, x, .int(k), vm)
                }
            }
            let head = compile(first)
            if steps.count == 1 {
                let op = steps[0].op
                let rhs = compile(steps[0].operand)
                switch op {
                case .less:
                    return { fp in
                        let x = try head(fp), y = try rhs(fp)
                        if case .int(let i) = x, case .int(let j) = y { return i < j }
                        return try Operations.compare(.less, x, y, vm)
                    }
                case .lessEqual:
                    return { fp in
                        let x = try head(fp), y = try rhs(fp)
                        if case .int(let i) = x, case .int(let j) = y { return i <= j }
                        return try Operations.compare(.lessEqual, x, y, vm)
                    }
                case .greater:
                    return { fp in
                        let x = try head(fp), y = try rhs(fp)
                        if case .int(let i) = x, case .int(let j) = y { return i > j }
                        return try Operations.compare(.greater, x, y, vm)
                    }
                case .equal:
                    return { fp in
                        let x = try head(fp), y = try rhs(fp)
                        if case .int(let i) = x, case .int(let j) = y { return i == j }
                        return try Operations.compare(.equal, x, y, vm)
                    }
                default:
                    return { fp in try Operations.compare(op, try head(fp), try rhs(fp), vm) }
                }
            }
            let rest = steps.map { ($0.op, compile($0.operand)) }
            return { fp in
                var left = try head(fp)
                for (op, eval) in rest {
                    let right = try eval(fp)
                    if !(try Operations.compare(op, left, right, vm)) { return false }
                    left = right
                }
                return true
            }
        case .constant(let c):
            let truth = Compiler.value(of: c).isTruthy
            return { _ in truth }
        default:
            let e = compile(expr)
            unowned(unsafe) let vm = self.vm
            return { fp in
                let v = try e(fp)
                switch v {
                case .bool(let b): return b
                case .int(let i): return i != 0
                case .none: return false
                case .ndarray(let a) where a.count != 1:
                    throw RuntimeError.valueError("The truth value of an array with more than one element is "
                        + "ambiguous. Use a.any() or a.all()")
                case .object(let o): return try Operations.truth(o, vm)
                default: return v.isTruthy
                }
            }
        }
    }
}

private extension Value {
    /// The value of an `int` or `float` as a double (mixed arithmetic converts the int, as Python does).
    @inline(__always)
    var asDouble: Double? {
        switch self {
        case .float(let d): return d
        case .int(let i): return Double(i)
        default: return nil
        }
    }
}
