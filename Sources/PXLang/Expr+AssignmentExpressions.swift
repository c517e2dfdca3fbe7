// MARK: - Assignment expressions (`name := value`)

extension Expr {
    /// The assignment expressions that bind a name in the scope where this expression stands, in
    /// evaluation order: those inside comprehensions count (they bind in the enclosing scope, PEP 572),
    /// those inside lambda bodies do not. Each is given as its name and the location of the name.
    public var scopeAssignmentTargets: [(name: String, location: SourceLocation)] {
        var found: [(name: String, location: SourceLocation)] = []
        collectAssignmentTargets(into: &found, enteringLambdas: false)
        return found
    }

    /// Every assignment expression in this expression, lambda bodies included (where CPython forbids any).
    var allAssignmentTargets: [(name: String, location: SourceLocation)] {
        var found: [(name: String, location: SourceLocation)] = []
        collectAssignmentTargets(into: &found, enteringLambdas: true)
        return found
    }

    private func collectAssignmentTargets(into found: inout [(name: String, location: SourceLocation)],
                                          enteringLambdas: Bool) {
        if case .namedExpr(let name, let value) = kind {
            value.collectAssignmentTargets(into: &found, enteringLambdas: enteringLambdas)
            found.append((name, location))
            return
        }
        for child in scopeChildren { child.collectAssignmentTargets(into: &found, enteringLambdas: enteringLambdas) }
        switch kind {
        case .lambda(let def) where enteringLambdas:
            if case .return(let body?)? = def.body.first?.kind {
                body.collectAssignmentTargets(into: &found, enteringLambdas: true)
            }
        case .listComprehension(let e, let clauses), .setComprehension(let e, let clauses),
             .generator(let e, let clauses):
            Expr.collectAssignmentTargets([e], clauses, into: &found, enteringLambdas: enteringLambdas)
        case .dictComprehension(let k, let v, let clauses):
            Expr.collectAssignmentTargets([k, v], clauses, into: &found, enteringLambdas: enteringLambdas)
        default:
            break
        }
    }

    /// The parts of a comprehension other than its first iterable (which `scopeChildren` gives).
    private static func collectAssignmentTargets(_ elements: [Expr], _ clauses: [Comprehension],
                                                 into found: inout [(name: String, location: SourceLocation)],
                                                 enteringLambdas: Bool) {
        for (i, clause) in clauses.enumerated() {
            if i > 0 { clause.iterable.collectAssignmentTargets(into: &found, enteringLambdas: enteringLambdas) }
            for condition in clause.conditions {
                condition.collectAssignmentTargets(into: &found, enteringLambdas: enteringLambdas)
            }
        }
        for e in elements { e.collectAssignmentTargets(into: &found, enteringLambdas: enteringLambdas) }
    }
}

extension Parser {
    /// Parses a `named_expression` of CPython's grammar (an `if` or `while` test, a parenthesized
    /// expression, an item of a list or set display, a subscript, a decorator): `name := value` or a test.
    /// Another expression before `:=` is reported as CPython does ("cannot use assignment expressions with
    /// attribute").
    mutating func parseNamedTest() throws -> Expr {
        if let walrus = try parseAssignmentExpression() { return walrus }
        let expr = try parseTest()
        if current.kind.isOp(.walrus) {
            try fail(.assignmentExpressionTarget, detail: Parser.expressionName(expr), at: expr.start)
        }
        if current.kind.isOp(.equal), Parser.startsBitwiseOr(next.kind) {
            // `if x = 1:`, `(f() = 1)`: CPython suspects a comparison (or an assignment expression) was meant.
            if case .name = expr.kind, index > 0, case .name = tokens[index - 1].kind {
                try fail(.equalInsteadOfComparison, at: expr.start)
            }
            if Parser.isSuspectOperand(expr) {
                try fail(.assignmentToExpressionHere, detail: Parser.expressionName(expr), at: expr.start)
            }
        }
        return expr
    }

    /// Parses a test, or `name := value` where CPython's grammar has `assignment_expression | expression`
    /// (a positional argument, the element of a generator expression): another expression before `:=` is
    /// plain invalid syntax there.
    mutating func parseTestOrAssignment() throws -> Expr {
        if let walrus = try parseAssignmentExpression() { return walrus }
        return try parseTest()
    }

    /// `name := value` when the current tokens are a name and `:=`, else nil (nothing consumed).
    mutating func parseAssignmentExpression() throws -> Expr? {
        guard case .name(let name) = current.kind, next.kind.isOp(.walrus) else { return nil }
        try enterNesting()
        defer { expressionDepth -= 1 }
        let location = advance().location
        if name == "__debug__" { try fail(.assignmentToExpression, detail: "__debug__", at: location) }
        advance()
        let value = try parseTest()
        return try checkDepth(Expr(.namedExpr(name, value), at: location))
    }

    /// CPython's checks of assignment expressions in a comprehension (its symbol table's), in the order it
    /// visits the parts: the first clause's target and conditions, the later clauses, then the element.
    /// - none in an iterable, not even in a lambda there;
    /// - none rebinding an iteration variable of this comprehension or of one around it (`[[(j := i) for i in
    ///   r] for j in r]`), and no later `for` rebinding an earlier assignment expression's target;
    /// - none at all in a comprehension directly in a class body.
    mutating func checkAssignmentExpressions(in elements: [Expr], _ clauses: [Comprehension]) throws {
        for clause in clauses {
            if let (_, location) = clause.iterable.allAssignmentTargets.first {
                try fail(.assignmentExpressionInIterable, at: location)
            }
        }
        var iterationVariables: Set<String> = []
        var assigned: Set<String> = []
        func visit(_ parts: [Expr], _ parser: inout Parser) throws {
            for part in parts {
                for (name, location) in part.scopeAssignmentTargets {
                    if parser.scopeKind == .classBody {
                        try parser.fail(.assignmentExpressionInClassComprehension, at: location)
                    }
                    if iterationVariables.contains(name) {
                        try parser.fail(.assignmentExpressionRebindsIterationVariable, detail: name, at: location)
                    }
                    assigned.insert(name)
                }
            }
        }
        for clause in clauses {
            for (name, location) in Parser.targetNames(clause.target) {
                if assigned.contains(name) {
                    try fail(.iterationVariableRebindsAssignmentTarget, detail: name, at: location)
                }
                iterationVariables.insert(name)
            }
            try visit(clause.conditions, &self)
        }
        try visit(elements, &self)
    }

    /// The names a target binds, with their locations.
    static func targetNames(_ target: Expr) -> [(String, SourceLocation)] {
        switch target.kind {
        case .name(let name): return [(name, target.location)]
        case .tuple(let items), .list(let items): return items.flatMap { targetNames($0) }
        case .starred(let inner): return targetNames(inner)
        default: return []
        }
    }
}
