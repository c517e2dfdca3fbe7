import PXLang

// MARK: - Operators and conditions

extension Compiler {
    /// `lhs op rhs`, whose errors are marked with `mark`.
    mutating func compileBinary(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, _ mark: ErrorMark) -> Eval {
        unowned(unsafe) let vm = self.vm
        if op == .modulo, case .constant(.string(let format)) = lhs.kind {
            let template = PercentFormat.compile(format)
            if let plan = template.plan, case .tuple(let items) = rhs.kind, !items.isEmpty,
               !items.contains(where: { if case .starred = $0.kind { return true } else { return false } }) {
                // `"..." % (a, b)`: the items are formatted without building the tuple.
                return compilePercentFormat(plan, items, mark)
            }
            let b = compile(rhs)
            return { fp in try mark { try template.apply(try b(fp), vm) } }
        }
        if let fast = floatExpression(op, lhs, rhs) {
            // Arithmetic on machine numbers; anything else runs the general path. A site whose operands are
            // not numbers stops trying.
            let general = compileArithmetic(op, lhs, rhs, mark)
            let misses = MissCounter()
            return { fp in
                if misses.count < 64 {
                    switch fast.evaluate(fp) {
                    case .float(let d):
                        misses.count = 0
                        return .float(d)
                    case .int(let i):
                        misses.count = 0
                        return .int(i)
                    case .other:
                        misses.count += 1
                    }
                }
                return try general(fp)
            }
        }
        return compileArithmetic(op, lhs, rhs, mark)
    }

    /// `lhs op rhs` for an operator other than `%` of a string constant. The operands locate their own errors;
    /// every closure runs the operation through `mark`.
    mutating func compileArithmetic(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, _ mark: ErrorMark) -> Eval {
        unowned(unsafe) let vm = self.vm
        let ref = InterpreterRef(self.vm)
        let a = inline(lhs), b = inline(rhs)
        let site = BinaryMethodSite(op)
        if [.add, .subtract, .multiply, .divide].contains(op), let x = NumericOperand(a), let y = NumericOperand(b),
           x.isLocal || y.isLocal {
            // `dx * dx`, `x + 1.0`: numbers in the slots are computed on in place.
            return { fp in
                if let r = NumericOperand.arithmetic(op, x.number(fp), y.number(fp)) { return r }
                var x = try a.evaluate(fp, ref)
                var y = try b.evaluate(fp, ref)
                if let result = Operations.quickArithmetic(op, x, y) { return result }
                return try mark {
                    if case .instance(let inst) = x { return try site.apply(inst, x, y, vm) }
                    if x.isArray || y.isArray, let r = try ArrayOperators.reusingTemporary(op, &x, &y, vm) { return r }
                    return try Operations.binary(op, x, y, vm)
                }
            }
        }
        if op == .modulo || op == .floorDivide {
            return compileIntegerDivision(op, a, b, site, mark)
        }
        guard op == .add || op == .subtract || op == .multiply else {
            return { fp in
                var x = try a.evaluate(fp, ref)
                var y = try b.evaluate(fp, ref)
                if let result = Operations.quickArithmetic(op, x, y) { return result }
                return try mark {
                    if case .instance(let inst) = x { return try site.apply(inst, x, y, vm) }
                    if x.isArray || y.isArray, let r = try ArrayOperators.reusingTemporary(op, &x, &y, vm) { return r }
                    return try Operations.binary(op, x, y, vm)
                }
            }
        }
        if case .local(let slot, let name) = a, case .constant(.int(let k)) = b {
            // `local op constant` (`n - 1`, `i * 2`).
            let e = InlineExpr.localArithmetic(slot, name: name, op: op, k: k, mark: mark)
            return { fp in try e.evaluate(fp, ref) }
        }
        if case .constant(.int(let k)) = b {
            return { fp in
                var x = try a.evaluate(fp, ref)
                if case .int(let i) = x {
                    let (r, o) = Compiler.integerOperation(op, i, k)
                    if !o { return .int(r) }
                }
                var y = Value.int(k)
                return try mark {
                    if x.isArray, let r = try ArrayOperators.reusingTemporary(op, &x, &y, vm) { return r }
                    return try Operations.binary(op, x, y, vm)
                }
            }
        }
        if case .general(let f) = a, case .general(let g) = b {
            // Two calls or other compound operands (`fib(n - 1) + fib(n - 2)`).
            return { fp in
                var x = try f(fp)
                var y = try g(fp)
                if case .int(let i) = x, case .int(let j) = y {
                    let (r, o) = Compiler.integerOperation(op, i, j)
                    if !o { return .int(r) }
                }
                return try mark {
                    if case .instance(let inst) = x { return try site.apply(inst, x, y, vm) }
                    if x.isArray || y.isArray, let r = try ArrayOperators.reusingTemporary(op, &x, &y, vm) { return r }
                    return try Compiler.arithmetic(op, x, y, vm)
                }
            }
        }
        return { fp in
            var x = try a.evaluate(fp, ref)
            var y = try b.evaluate(fp, ref)
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
            return try mark {
                if case .instance(let inst) = x { return try site.apply(inst, x, y, vm) }
                // An array nothing else refers to (`a * a` in `a * a + 1`) takes the result, as numpy elides
                // temporaries.
                if x.isArray || y.isArray, let r = try ArrayOperators.reusingTemporary(op, &x, &y, vm) { return r }
                return try Operations.binary(op, x, y, vm)
            }
        }
    }

    /// `a % b` and `a // b`: two ints (the right one neither 0 nor -1, so nothing overflows) are divided
    /// here, with Python's floor rounding, before the general dispatch (`rng.state % n`, `x % 2 == 0`).
    private func compileIntegerDivision(_ op: BinaryOperator, _ a: InlineExpr, _ b: InlineExpr,
                                        _ site: BinaryMethodSite, _ mark: ErrorMark) -> Eval {
        unowned(unsafe) let vm = self.vm
        let ref = InterpreterRef(self.vm)
        let modulo = op == .modulo
        let general: (inout Value, inout Value) throws -> Value = { x, y in
            if let result = Operations.quickArithmetic(op, x, y) { return result }
            return try mark {
                if case .instance(let inst) = x { return try site.apply(inst, x, y, vm) }
                if x.isArray || y.isArray, let r = try ArrayOperators.reusingTemporary(op, &x, &y, vm) { return r }
                return try Operations.binary(op, x, y, vm)
            }
        }
        if case .constant(.int(let k)) = b, k != 0, k != -1 {
            return { fp in
                var x = try a.evaluate(fp, ref)
                if case .int(let i) = x { return .int(modulo ? Compiler.floorModulo(i, k) : Compiler.floorQuotient(i, k)) }
                var y = Value.int(k)
                return try general(&x, &y)
            }
        }
        return { fp in
            var x = try a.evaluate(fp, ref)
            var y = try b.evaluate(fp, ref)
            if case .int(let i) = x, case .int(let j) = y, j != 0, j != -1 {
                return .int(modulo ? Compiler.floorModulo(i, j) : Compiler.floorQuotient(i, j))
            }
            return try general(&x, &y)
        }
    }

    /// `i op j` for the order and equality operators; nil for the others (`in`, `is`).
    @inline(__always)
    static func compareIntegers(_ op: ComparisonOperator, _ i: Int, _ j: Int) -> Bool? {
        switch op {
        case .less: return i < j
        case .lessEqual: return i <= j
        case .greater: return i > j
        case .greaterEqual: return i >= j
        case .equal: return i == j
        case .notEqual: return i != j
        default: return nil
        }
    }

    /// Python's `i % k` for `k` neither 0 nor -1: the remainder has the sign of `k`.
    @inline(__always)
    static func floorModulo(_ i: Int, _ k: Int) -> Int {
        let m = i % k
        return m != 0 && (m < 0) != (k < 0) ? m + k : m
    }

    /// Python's `i // k` for `k` neither 0 nor -1: the quotient rounded towards minus infinity.
    @inline(__always)
    static func floorQuotient(_ i: Int, _ k: Int) -> Int {
        let q = i / k
        return i % k != 0 && (i < 0) != (k < 0) ? q - 1 : q
    }

    /// `+`, `-` or `*` when the operands are not two integers whose result fits.
    static func arithmetic(_ op: BinaryOperator, _ x: Value, _ y: Value, _ vm: Interpreter) throws -> Value {
        if let p = x.asDouble, let q = y.asDouble, !(x.isInt && y.isInt) {
            switch op {
            case .add: return .float(p + q)
            case .subtract: return .float(p - q)
            default: return .float(p * q)
            }
        }
        return try Operations.binary(op, x, y, vm)
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
        // A part on a later line of its statement records its line while it runs, as `compile(_:)` does.
        guard let (start, outer) = enterStartLine(of: expr) else { return compileConditionExpression(expr) }
        let inner = compileConditionExpression(expr)
        expressionLine = outer
        let ref = InterpreterRef(vm)
        return { fp in
            try ref { vm in
                vm.currentLine = start
                let value = try inner(fp)
                vm.currentLine = outer
                return value
            }
        }
    }

    mutating func compileConditionExpression(_ expr: Expr) -> Condition {
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
            let mark = errorMark(expr)
            if let c = localComparison(expr) {
                let ref = InterpreterRef(self.vm)
                return { fp in try c.evaluate(fp, ref) }
            }
            if steps.count == 1 {
                let op = steps[0].op
                let ref = InterpreterRef(self.vm)
                let head = inline(first), rhs = inline(steps[0].operand)
                if let x = NumericOperand(head), let y = NumericOperand(rhs), x.isLocal || y.isLocal,
                   NumericOperand.compare(op, .int(0), .int(0)) != nil {
                    // `flips > max_flips`, `d < 0.5`: numbers in the slots are compared in place.
                    return { fp in
                        if let r = NumericOperand.compare(op, x.number(fp), y.number(fp)) { return r }
                        let a = try head.evaluate(fp, ref), b = try rhs.evaluate(fp, ref)
                        return try mark { try Operations.compare(op, a, b, vm) }
                    }
                }
                switch op {
                case .less:
                    return { fp in
                        let x = try head.evaluate(fp, ref), y = try rhs.evaluate(fp, ref)
                        if case .int(let i) = x, case .int(let j) = y { return i < j }
                        return try mark { try Operations.compare(.less, x, y, vm) }
                    }
                case .lessEqual:
                    return { fp in
                        let x = try head.evaluate(fp, ref), y = try rhs.evaluate(fp, ref)
                        if case .int(let i) = x, case .int(let j) = y { return i <= j }
                        return try mark { try Operations.compare(.lessEqual, x, y, vm) }
                    }
                case .greater:
                    return { fp in
                        let x = try head.evaluate(fp, ref), y = try rhs.evaluate(fp, ref)
                        if case .int(let i) = x, case .int(let j) = y { return i > j }
                        return try mark { try Operations.compare(.greater, x, y, vm) }
                    }
                case .equal:
                    return { fp in
                        let x = try head.evaluate(fp, ref), y = try rhs.evaluate(fp, ref)
                        if case .int(let i) = x, case .int(let j) = y { return i == j }
                        return try mark { try Operations.compare(.equal, x, y, vm) }
                    }
                default:
                    return { fp in
                        let x = try head.evaluate(fp, ref), y = try rhs.evaluate(fp, ref)
                        return try mark { try Operations.compare(op, x, y, vm) }
                    }
                }
            }
            let head = compile(first)
            let rest = steps.map { ($0.op, compile($0.operand)) }
            return { fp in
                var left = try head(fp)
                for (op, eval) in rest {
                    let right = try eval(fp)
                    if !(try mark { try Operations.compare(op, left, right, vm) }) { return false }
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
                case .ndarray: return try v.isTruthyOrThrow()
                case .object(let o): return try Operations.truth(o, vm)
                case .instance(let i): return try Operations.truth(i, vm)
                default: return v.isTruthy
                }
            }
        }
    }
}

extension Compiler {
    /// `"..." % (a, b, c)` with a format that has a plan: the items are formatted without building the tuple.
    mutating func compilePercentFormat(_ plan: PercentFormat.Plan, _ items: [Expr], _ mark: ErrorMark) -> Eval {
        unowned(unsafe) let vm = self.vm
        let ref = InterpreterRef(self.vm)
        let values = items.map { inline($0) }
        switch values.count {
        case 1:
            let a = values[0]
            return { fp in
                let x = try a.evaluate(fp, ref)
                return try mark { try plan.run(x, vm) }
            }
        case 2:
            let a = values[0], b = values[1]
            return { fp in
                let x = try a.evaluate(fp, ref)
                let y = try b.evaluate(fp, ref)
                return try mark { try plan.run(x, y, vm) }
            }
        case 3:
            let a = values[0], b = values[1], c = values[2]
            return { fp in
                let x = try a.evaluate(fp, ref)
                let y = try b.evaluate(fp, ref)
                let z = try c.evaluate(fp, ref)
                return try mark { try plan.run(x, y, z, vm) }
            }
        default:
            let evals = items.map { EvalBox(run: compile($0)) }
            return { fp in
                var values: [Value] = []
                values.reserveCapacity(evals.count)
                for e in evals { values.append(try e.run(fp)) }
                return try mark { try values.withUnsafeBufferPointer { try plan.run($0, vm) } }
            }
        }
    }
}

private extension Value {
    /// Whether the value is an `int`.
    var isInt: Bool {
        if case .int = self { return true }
        return false
    }

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
