import PXLang

/// Int and float arithmetic compiled to a flat program (`FloatProgram`) that computes on machine numbers,
/// without making a `Value` per operation or calling a closure per node: `dx * dx + dy * dy`, `b1.x - b2.x`,
/// `dt * b.vx`, `1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)`.
///
/// The leaves are read without running any code: locals and globals holding an `int` or a `float`, `float`
/// attributes of a local instance found in its slots (through the cache of an `AttributeSite`), and numeric
/// constants beside another operand. When any leaf holds something else, or an operation needs more than
/// machine arithmetic (overflow, division by zero), the program gives `.other` and the expression runs as
/// compiled in general, from the start: nothing observable happened meanwhile. The operations are Python's in
/// Python's order, so the result is the same. `math.sqrt(x)` counts as an operation while the callee is
/// `math.sqrt` (`SquareRootCallee`).
extension Compiler {
    /// The program of `lhs op rhs`, or nil when the expression is not such arithmetic or too small to
    /// gain (one operation on locals and constants, which `NumericOperand` computes in place).
    mutating func floatExpression(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr) -> FloatProgram? {
        var program = FloatProgram.Builder()
        guard floatTree(op, lhs, rhs, into: &program) != nil,
              program.leaves > 2 || program.attributes > 0 else { return nil }
        return program.finish()
    }

    /// The program of any operand of arithmetic (a numeric constant, a leaf or a tree of any size), or
    /// nil: the right side of `b.vx -= dx * m2`.
    mutating func floatOperand(_ e: Expr) -> FloatProgram? {
        var program = FloatProgram.Builder()
        guard let operand = floatOperand(e, into: &program) else { return nil }
        // (A single leaf or constant is read without instructions.)
        return program.isEmpty ? program.finish(reading: operand) : program.finish()
    }

    /// `local = arithmetic` where the arithmetic is a float program (`dx = b1.x - b2.x`,
    /// `d2 = dx * dx + dy * dy + dz * dz`): the number is stored into the slot without making a `Value` on the
    /// way or calling the expression's closure; `general` computes it otherwise. A site whose operands are not
    /// numbers stops trying.
    func compileFloatAssignment(_ slot: Int, _ program: FloatProgram, general: @escaping Eval, line: Int) -> Exec {
        unowned(unsafe) let vm = self.vm
        let misses = MissCounter()
        return { fp in
            if line >= 0 { vm.currentLine = line }
            if misses.count < 64 {
                switch program.evaluate(fp) {
                case .float(let d):
                    misses.count = 0
                    (fp + slot).store(.float(d))
                    return .normal
                case .int(let i):
                    misses.count = 0
                    (fp + slot).store(.int(i))
                    return .normal
                case .other:
                    misses.count += 1
                }
            }
            (fp + slot).store(try general(fp))
            return .normal
        }
    }

    /// Appends the instructions of `lhs op rhs` to `program`: the operand naming its result, or nil when the
    /// expression is not such arithmetic.
    private mutating func floatTree(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr,
                                    into program: inout FloatProgram.Builder) -> FloatProgram.Operand? {
        guard let operation = FloatProgram.Operation(op) else { return nil }
        if Compiler.isNumericConstant(lhs) && Compiler.isNumericConstant(rhs) { return nil }
        guard let a = floatOperand(lhs, into: &program), let b = floatOperand(rhs, into: &program) else { return nil }
        return program.append(operation, a, b)
    }

    /// A numeric constant, leaf or inner operation of a float tree.
    private mutating func floatOperand(_ e: Expr, into program: inout FloatProgram.Builder) -> FloatProgram.Operand? {
        if case .constant(.int(let k)) = e.kind { return .integer(k) }
        if case .constant(.float(let d)) = e.kind { return .constant(d) }
        switch e.kind {
        case .binary(let op, let lhs, let rhs):
            return floatTree(op, lhs, rhs, into: &program)
        case .name(let name):
            program.leaves += 1
            switch scope.resolve(name) {
            case .local(let slot): return .local(slot)
            case .global(let g): return program.global(g)
            default: return nil
            }
        case .call(let callee, let arguments):
            // `math.sqrt(x)`, `sqrt(x)`.
            guard arguments.count == 1, case .positional(let argument) = arguments[0],
                  let sqrt = squareRootCallee(callee), let x = floatOperand(argument, into: &program) else { return nil }
            program.leaves += 2
            return program.append(.squareRoot, x, program.squareRootCallee(sqrt))
        case .attribute(let object, let name):
            guard case .name(let receiver) = object.kind, case .local(let slot) = scope.resolve(receiver) else {
                return nil
            }
            program.leaves += 1
            program.attributes += 1
            return program.attribute(slot, name)
        default:
            return nil
        }
    }

    /// The callee of `math.sqrt(x)` (a global module's `sqrt`) or `sqrt(x)` (a global), or nil.
    private func squareRootCallee(_ callee: Expr) -> SquareRootCallee? {
        switch callee.kind {
        case .attribute(let object, "sqrt"):
            guard case .name(let module) = object.kind, case .global(let g) = scope.resolve(module) else { return nil }
            return SquareRootCallee(global: g, throughModule: true)
        case .name("sqrt"):
            guard case .global(let g) = scope.resolve("sqrt") else { return nil }
            return SquareRootCallee(global: g, throughModule: false)
        default:
            return nil
        }
    }

    /// Whether `e` is an `int` or `float` constant.
    static func isNumericConstant(_ e: Expr) -> Bool {
        switch e.kind {
        case .constant(.float), .constant(.int): return true
        default: return false
        }
    }
}

/// How many times in a row a fast path of a site did not apply (the site stops trying after a while).
final class MissCounter {
    @exclusivity(unchecked) var count = 0
}
