// MARK: - Nesting depth

extension Expr.Kind {
    /// One more than the depth of the deepest sub-expression (1 for leaves).
    var depth: Int {
        switch self {
        case .name, .constant: return 1
        case .fstring(let parts): return 1 + Expr.depth(of: parts)
        case .unary(_, let e), .starred(let e), .attribute(let e, _), .yieldFrom(let e), .namedExpr(_, let e):
            return 1 + e.depth
        case .yield(let e): return 1 + (e?.depth ?? 0)
        case .binary(_, let a, let b), .and(let a, let b), .or(let a, let b), .subscript(let a, let b):
            return 1 + max(a.depth, b.depth)
        case .compare(let first, let steps):
            return 1 + steps.reduce(first.depth) { max($0, $1.operand.depth) }
        case .conditional(let test, let then, let otherwise):
            return 1 + max(test.depth, then.depth, otherwise.depth)
        case .lambda(let def): return 1 + def.expressionDepth
        case .call(let callee, let arguments):
            return 1 + arguments.reduce(callee.depth) { max($0, $1.value.depth) }
        case .slice(let lower, let upper, let step):
            return 1 + max(lower?.depth ?? 0, upper?.depth ?? 0, step?.depth ?? 0)
        case .list(let items), .tuple(let items), .set(let items): return 1 + Expr.depth(of: items)
        case .dict(let entries):
            return 1 + entries.reduce(0) { deepest, entry in
                switch entry {
                case .pair(let k, let v): return max(deepest, k.depth, v.depth)
                case .unpack(let e): return max(deepest, e.depth)
                }
            }
        case .listComprehension(let e, let clauses), .setComprehension(let e, let clauses),
             .generator(let e, let clauses):
            return 1 + max(e.depth, Expr.depth(of: clauses))
        case .dictComprehension(let k, let v, let clauses):
            return 1 + max(k.depth, v.depth, Expr.depth(of: clauses))
        }
    }
}

extension Expr {
    static func depth(of items: [Expr]) -> Int { items.reduce(0) { max($0, $1.depth) } }

    static func depth(of clauses: [Comprehension]) -> Int {
        clauses.reduce(0) { max($0, $1.target.depth, $1.iterable.depth, depth(of: $1.conditions)) }
    }

    static func depth(of parts: [FStringPart]) -> Int {
        parts.reduce(0) { deepest, part in
            guard case .field(let value, _, let spec, _) = part else { return deepest }
            return max(deepest, value.depth, spec.map { depth(of: $0) } ?? 0)
        }
    }
}

extension FunctionDef {
    /// The depth of the expressions in the definition's defaults and in a lambda's body (statements of a
    /// `def` are nested by indentation, which the lexer bounds).
    var expressionDepth: Int {
        var deepest = parameters.reduce(0) { max($0, $1.defaultValue?.depth ?? 0) }
        for statement in body {
            switch statement.kind {
            case .return(let e?), .expression(let e): deepest = max(deepest, e.depth)
            default: break
            }
        }
        return deepest
    }
}
