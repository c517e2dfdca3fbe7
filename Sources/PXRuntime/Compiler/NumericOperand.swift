import PXLang

/// An operand of arithmetic that can be read as a number without making a `Value`: a local variable (read in
/// place, no copy) or a numeric constant. `dx * dx`, `x + 1.0`, `2 * i` compile to closures that do the
/// arithmetic straight on the slots when they hold `int`s or `float`s.
enum NumericOperand {
    case local(Int)
    case int(Int)
    case float(Double)

    /// An `int` or `float` read from an operand, or `other`.
    enum Number {
        case int(Int)
        case float(Double)
        case other
    }

    /// The operand form of an in-place expression, or nil.
    init?(_ e: InlineExpr) {
        switch e {
        case .local(let slot, _): self = .local(slot)
        case .constant(.int(let i)): self = .int(i)
        case .constant(.float(let d)): self = .float(d)
        default: return nil
        }
    }

    var isLocal: Bool {
        if case .local = self { return true }
        return false
    }

    /// The number the operand holds in frame `fp`.
    @inline(__always)
    func number(_ fp: UnsafeMutablePointer<Value>) -> Number {
        switch self {
        case .local(let slot):
            switch fp[slot] {
            case .int(let i): return .int(i)
            case .float(let d): return .float(d)
            default: return .other
            }
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        }
    }

    /// `x op y` for `+ - * /` when both are numbers and the result is Python's without any further rule
    /// (no overflow, no division by zero, no `int / int`); nil otherwise.
    @inline(__always)
    static func arithmetic(_ op: BinaryOperator, _ x: Number, _ y: Number) -> Value? {
        let p: Double, q: Double
        switch (x, y) {
        case (.int(let i), .int(let j)):
            let (r, o): (Int, Bool)
            switch op {
            case .add: (r, o) = i.addingReportingOverflow(j)
            case .subtract: (r, o) = i.subtractingReportingOverflow(j)
            case .multiply: (r, o) = i.multipliedReportingOverflow(by: j)
            default: return nil
            }
            return o ? nil : .int(r)
        case (.float(let a), .float(let b)): (p, q) = (a, b)
        case (.int(let i), .float(let b)): (p, q) = (Double(i), b)
        case (.float(let a), .int(let j)): (p, q) = (a, Double(j))
        default: return nil
        }
        switch op {
        case .add: return .float(p + q)
        case .subtract: return .float(p - q)
        case .multiply: return .float(p * q)
        case .divide: return q == 0 ? nil : .float(p / q)
        default: return nil
        }
    }

    /// `x op y` for a comparison when both are numbers that compare exactly as Swift values (an `int` beside
    /// a `float` only while it converts exactly); nil otherwise.
    @inline(__always)
    static func compare(_ op: ComparisonOperator, _ x: Number, _ y: Number) -> Bool? {
        switch (x, y) {
        case (.int(let i), .int(let j)): return compare(op, i, j)
        case (.float(let a), .float(let b)): return compare(op, a, b)
        case (.int(let i), .float(let b)) where i.magnitude <= 1 << 53: return compare(op, Double(i), b)
        case (.float(let a), .int(let j)) where j.magnitude <= 1 << 53: return compare(op, a, Double(j))
        default: return nil
        }
    }

    @inline(__always)
    private static func compare<T: Comparable>(_ op: ComparisonOperator, _ a: T, _ b: T) -> Bool? {
        switch op {
        case .less: return a < b
        case .lessEqual: return a <= b
        case .greater: return a > b
        case .greaterEqual: return a >= b
        case .equal: return a == b
        case .notEqual: return a != b
        default: return nil
        }
    }
}
