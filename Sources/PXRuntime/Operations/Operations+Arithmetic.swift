import PXLang

extension Operations {
    /// `a op b` for two ints under `+`, `-`, `*` when the result fits, `%` and `//` by a divisor other than 0 and
    /// -1, `>>` by a non-negative count, `&`, `|` and `^`; and for floats (or a float and an int) under `+`, `-`,
    /// `*` and `/` by a non-zero divisor. nil for everything else, which the general dispatch (`binary`) handles
    /// with its errors, big integers and special methods.
    @inline(__always)
    static func quickArithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Value? {
        if case .float(let x) = a {
            if case .float(let y) = b { return quickReal(op, x, y) }
            if case .int(let y) = b { return quickReal(op, x, Double(y)) }
            return nil
        }
        guard case .int(let x) = a else { return nil }
        if case .int(let y) = b {
            let (r, o): (Int, Bool)
            switch op {
            case .add: (r, o) = x.addingReportingOverflow(y)
            case .subtract: (r, o) = x.subtractingReportingOverflow(y)
            case .multiply: (r, o) = x.multipliedReportingOverflow(by: y)
            case .modulo:
                guard y != 0, y != -1 else { return nil }
                let m = x % y
                return .int(m != 0 && (m < 0) != (y < 0) ? m + y : m)
            case .floorDivide:
                guard y != 0, y != -1 else { return nil }
                let q = x / y
                return .int(x % y != 0 && (x < 0) != (y < 0) ? q - 1 : q)
            case .rightShift:
                guard y >= 0 else { return nil }
                return .int(y >= Int.bitWidth ? (x < 0 ? -1 : 0) : x >> y)
            case .bitAnd: return .int(x & y)
            case .bitOr: return .int(x | y)
            case .bitXor: return .int(x ^ y)
            default: return nil
            }
            return o ? nil : .int(r)
        }
        if case .float(let y) = b { return quickReal(op, Double(x), y) }
        return nil
    }

    @inline(__always)
    private static func quickReal(_ op: BinaryOperator, _ x: Double, _ y: Double) -> Value? {
        switch op {
        case .add: return .float(x + y)
        case .subtract: return .float(x - y)
        case .multiply: return .float(x * y)
        case .divide: return y == 0 ? nil : .float(x / y)
        default: return nil
        }
    }
}
