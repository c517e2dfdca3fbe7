import PXLang

/// Float arithmetic compiled to closures that compute on `Double`s, without making a `Value` per operation:
/// `dx * dx + dy * dy`, `b1.x - b2.x`, `dt * b.vx`.
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
        var leaves = 0, attributes = 0
        guard let f = floatTree(op, lhs, rhs, leaves: &leaves, attributes: &attributes),
              leaves > 2 || attributes > 0 else { return nil }
        return f
    }

    private mutating func floatTree(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, leaves: inout Int,
                                    attributes: inout Int) -> FloatEval? {
        guard [.add, .subtract, .multiply, .divide].contains(op) else { return nil }
        if Compiler.numericConstant(lhs) != nil && Compiler.numericConstant(rhs) != nil { return nil }
        // (No `Optional.map` or `??` here: passing the closures through a generic function would wrap every
        // call of a leaf in reabstraction thunks.)
        guard let a = floatOperand(lhs, leaves: &leaves, attributes: &attributes),
              let b = floatOperand(rhs, leaves: &leaves, attributes: &attributes) else { return nil }
        switch op {
        case .add:
            return { fp in
                guard let x = a(fp), let y = b(fp) else { return nil }
                return x + y
            }
        case .subtract:
            return { fp in
                guard let x = a(fp), let y = b(fp) else { return nil }
                return x - y
            }
        case .multiply:
            return { fp in
                guard let x = a(fp), let y = b(fp) else { return nil }
                return x * y
            }
        default:
            return { fp in
                guard let x = a(fp), let y = b(fp), y != 0 else { return nil }
                return x / y
            }
        }
    }

    /// The float closure of any operand of float arithmetic (a numeric constant, a leaf or a float tree of any
    /// size), or nil: the right side of `b.vx -= dx * m2`.
    mutating func floatOperand(_ e: Expr) -> FloatEval? {
        var leaves = 0, attributes = 0
        return floatOperand(e, leaves: &leaves, attributes: &attributes)
    }

    /// A numeric constant, leaf or inner operation of a float tree.
    private mutating func floatOperand(_ e: Expr, leaves: inout Int, attributes: inout Int) -> FloatEval? {
        if let c = Compiler.numericConstant(e) { return { _ in c } }
        return floatLeaf(e, leaves: &leaves, attributes: &attributes)
    }

    /// A leaf or inner operation of a float tree.
    private mutating func floatLeaf(_ e: Expr, leaves: inout Int, attributes: inout Int) -> FloatEval? {
        switch e.kind {
        case .binary(let op, let lhs, let rhs):
            return floatTree(op, lhs, rhs, leaves: &leaves, attributes: &attributes)
        case .name(let name):
            leaves += 1
            switch scope.resolve(name) {
            case .local(let slot):
                return { fp in
                    if case .float(let d) = fp[slot] { return d }
                    return nil
                }
            case .global(let g):
                return { _ in
                    if case .float(let d) = g.value { return d }
                    return nil
                }
            default:
                return nil
            }
        case .attribute(let object, let name):
            guard case .name(let receiver) = object.kind, case .local(let slot) = scope.resolve(receiver) else {
                return nil
            }
            leaves += 1
            attributes += 1
            let site = AttributeSite(name: name)
            return { fp in
                guard let inst = (fp + slot).borrowedInstance else { return nil }
                return inst._withUnsafeGuaranteedRef { site.float(of: $0) }
            }
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
