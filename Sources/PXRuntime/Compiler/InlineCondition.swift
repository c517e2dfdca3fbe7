import PXLang

/// A condition simple enough for hot closures to test in place: `local < k` and the other comparisons of
/// a local with an integer constant.
enum InlineCondition {
    /// `local op k`; an error of the comparison is marked with `mark`.
    case compareLocal(Int, name: LocalName, op: ComparisonOperator, k: Int, mark: ErrorMark)
    /// Anything else.
    case general(Condition)

    /// The truth of the condition in frame `fp`.
    @inline(__always)
    func evaluate(_ fp: UnsafeMutablePointer<Value>, _ vm: InterpreterRef) throws -> Bool {
        switch self {
        case .compareLocal(let slot, _, let op, let k, _):
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

    /// `local op k` when the local is not an integer.
    func slowPath(_ fp: UnsafeMutablePointer<Value>, _ vm: InterpreterRef) throws -> Bool {
        guard case .compareLocal(let slot, let name, let op, let k, let mark) = self else { return false }
        let x = fp[slot]
        if case .undefined = x { throw name.unbound() }
        return try vm { vm in try mark { try Operations.compare(op, x, .int(k), vm) } }
    }
}
