import PXLang

// MARK: - Expressions evaluated in place

extension Compiler {
    /// Compiles an expression for in-place evaluation.
    mutating func inline(_ e: Expr) -> InlineExpr {
        switch e.kind {
        case .name(let name):
            if case .local(let slot) = scope.resolve(name) { return .local(slot, name: localName(name, e)) }
        case .constant(let c):
            return .constant(Compiler.value(of: c))
        case .binary(let op, let lhs, let rhs) where op == .add || op == .subtract || op == .multiply:
            if case .name(let name) = lhs.kind, case .local(let slot) = scope.resolve(name),
               case .constant(.int(let k)) = rhs.kind {
                return .localArithmetic(slot, name: localName(name, lhs), op: op, k: k, mark: errorMark(e))
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
            return .compareLocal(slot, name: localName(name, first), op: steps[0].op, k: k, mark: errorMark(e))
        }
        return nil
    }

    /// The local variable `name`, read by the expression `e`.
    func localName(_ name: String, _ e: Expr) -> LocalName {
        LocalName(name: name, mark: errorMark(e))
    }
}
