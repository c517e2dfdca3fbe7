import PXLang

/// Float arithmetic compiled to a flat program (`FloatProgram`) that computes on `Double`s, without making a
/// `Value` per operation or calling a closure per node: `dx * dx + dy * dy`, `b1.x - b2.x`, `dt * b.vx`.
///
/// The leaves are read without running any code: locals and globals holding a `float`, attributes of a
/// local instance found in its slots (through the cache of an `AttributeSite`), and numeric constants beside
/// another operand. When any leaf holds something else, or a division is by zero, the closure gives nil and
/// the expression runs as compiled in general, from the start: nothing observable happened meanwhile. The
/// operations are Python's on floats in Python's order, so the result is the same.
typealias FloatEval = (UnsafeMutablePointer<Value>) -> Double?

extension Compiler {
    /// The float closure of `lhs op rhs`, or nil when the expression is not such arithmetic or too small to
    /// gain (one operation on locals and constants, which `NumericOperand` computes in place).
    mutating func floatExpression(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr) -> FloatEval? {
        var program = FloatProgram.Builder()
        guard floatTree(op, lhs, rhs, into: &program) != nil,
              program.leaves > 2 || program.attributes > 0 else { return nil }
        return program.finish()
    }

    /// The float closure of any operand of float arithmetic (a numeric constant, a leaf or a float tree of any
    /// size), or nil: the right side of `b.vx -= dx * m2`.
    mutating func floatOperand(_ e: Expr) -> FloatEval? {
        var program = FloatProgram.Builder()
        guard let operand = floatOperand(e, into: &program) else { return nil }
        // (A single leaf or constant is read without instructions.)
        return program.isEmpty ? program.finish(reading: operand) : program.finish()
    }

    /// Appends the instructions of `lhs op rhs` to `program`: the operand naming its result, or nil when the
    /// expression is not float arithmetic.
    private mutating func floatTree(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr,
                                    into program: inout FloatProgram.Builder) -> FloatProgram.Operand? {
        guard let operation = FloatProgram.Operation(op) else { return nil }
        if Compiler.numericConstant(lhs) != nil && Compiler.numericConstant(rhs) != nil { return nil }
        guard let a = floatOperand(lhs, into: &program), let b = floatOperand(rhs, into: &program) else { return nil }
        return program.append(operation, a, b)
    }

    /// A numeric constant, leaf or inner operation of a float tree.
    private mutating func floatOperand(_ e: Expr, into program: inout FloatProgram.Builder) -> FloatProgram.Operand? {
        if let c = Compiler.numericConstant(e) { return .constant(c) }
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

    /// The value of an `int` (exactly convertible) or `float` constant as a double, or nil.
    static func numericConstant(_ e: Expr) -> Double? {
        switch e.kind {
        case .constant(.float(let d)): return d
        case .constant(.int(let i)) where i.magnitude <= 1 << 53: return Double(i)
        default: return nil
        }
    }
}

/// How many times in a row a fast path of a site did not apply (the site stops trying after a while).
final class MissCounter {
    @exclusivity(unchecked) var count = 0
}
