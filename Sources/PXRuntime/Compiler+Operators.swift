import PXLang

// MARK: - Operators and conditions

extension Compiler {
    mutating func compileBinary(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr) -> Eval {
        let a = compile(lhs), b = compile(rhs)
        unowned(unsafe) let vm = self.vm
        // Integer constant on the right (`n - 1`, `i * 2`): skip evaluating a closure for it.
        if case .constant(.int(let k)) = rhs.kind {
            switch op {
            case .add:
                return { fp in
                    let x = try a(fp)
                    if case .int(let i) = x {
                        let (r, o) = i.addingReportingOverflow(k)
                        if !o { return .int(r) }
                    }
                    return try Operations.binary(.add, x, .int(k), vm)
                }
            case .subtract:
                return { fp in
                    let x = try a(fp)
                    if case .int(let i) = x {
                        let (r, o) = i.subtractingReportingOverflow(k)
                        if !o { return .int(r) }
                    }
                    return try Operations.binary(.subtract, x, .int(k), vm)
                }
            case .multiply:
                return { fp in
                    let x = try a(fp)
                    if case .int(let i) = x {
                        let (r, o) = i.multipliedReportingOverflow(by: k)
                        if !o { return .int(r) }
                    }
                    return try Operations.binary(.multiply, x, .int(k), vm)
                }
            default:
                break
            }
        }
        switch op {
        case .add:
            return { fp in
                let x = try a(fp), y = try b(fp)
                if case .int(let i) = x, case .int(let j) = y {
                    let (r, o) = i.addingReportingOverflow(j)
                    if !o { return .int(r) }
                } else if case .float(let p) = x, case .float(let q) = y {
                    return .float(p + q)
                }
                return try Operations.binary(.add, x, y, vm)
            }
        case .subtract:
            return { fp in
                let x = try a(fp), y = try b(fp)
                if case .int(let i) = x, case .int(let j) = y {
                    let (r, o) = i.subtractingReportingOverflow(j)
                    if !o { return .int(r) }
                } else if case .float(let p) = x, case .float(let q) = y {
                    return .float(p - q)
                }
                return try Operations.binary(.subtract, x, y, vm)
            }
        case .multiply:
            return { fp in
                let x = try a(fp), y = try b(fp)
                if case .int(let i) = x, case .int(let j) = y {
                    let (r, o) = i.multipliedReportingOverflow(by: j)
                    if !o { return .int(r) }
                } else if case .float(let p) = x, case .float(let q) = y {
                    return .float(p * q)
                }
                return try Operations.binary(.multiply, x, y, vm)
            }
        case .modulo:
            if case .constant(.string(let format)) = lhs.kind {
                let template = PercentFormat.compile(format)
                return { fp in try template.apply(try b(fp), vm) }
            }
            return { fp in try Operations.binary(.modulo, try a(fp), try b(fp), vm) }
        default:
            return { fp in try Operations.binary(op, try a(fp), try b(fp), vm) }
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
