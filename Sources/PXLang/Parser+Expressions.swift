// MARK: - Expressions

extension Parser {
    /// `test (',' test)* [',']` — a bare comma list becomes a tuple.
    mutating func parseTestList(allowStar: Bool) throws -> Expr {
        let location = current.location
        let first = allowStar && current.kind.isOp(.star) ? try parseStarred() : try parseTest()
        guard current.kind.isOp(.comma) else {
            // A lone `*a` is an assignment target (`*a = 1`, which the compiler refuses) or a misplaced value.
            if case .starred = first.kind, !current.kind.isOp(.equal) {
                laterProblems.append(Diagnostic(.starredExpressionHere, at: first.location))
            }
            return first
        }
        var items = [first]
        while match(.comma) {
            if !startsExpression { break }
            items.append(allowStar && current.kind.isOp(.star) ? try parseStarred() : try parseTest())
        }
        return spanned(Expr(.tuple(items), at: location), from: location)
    }

    /// A `for` loop target list: `a`, `a, b`, `(a, b), c`.
    mutating func parseTargetList() throws -> Expr {
        let location = current.location
        let first = current.kind.isOp(.star) ? try parseStarred() : try parseTarget()
        guard current.kind.isOp(.comma) else { return first }
        var items = [first]
        while match(.comma) {
            if current.kind.isKeyword(.in) || current.kind.isOp(.equal) { break }
            items.append(current.kind.isOp(.star) ? try parseStarred() : try parseTarget())
        }
        return spanned(Expr(.tuple(items), at: location), from: location)
    }

    mutating func parseTarget() throws -> Expr { try parseBitOr() }

    mutating func parseStarred() throws -> Expr {
        let location = advance().location
        return Expr(.starred(try parseBitOr()), at: location)
    }

    var startsExpression: Bool {
        switch current.kind {
        case .name, .int, .float, .string, .bytes, .fstring: return true
        case .keyword(let k): return [.none, .true, .false, .not, .lambda].contains(k)
        case .op(let op): return [.leftParen, .leftBracket, .leftBrace, .minus, .plus, .tilde, .star, .ellipsis]
            .contains(op)
        default: return false
        }
    }

    /// `lambda`, or `or_test ['if' or_test 'else' test]`.
    mutating func parseTest() throws -> Expr {
        try enterNesting()
        defer { expressionDepth -= 1 }
        let location = current.location
        defer {
            lastTestStart = location
            lastTestEnd = index
        }
        if current.kind.isKeyword(.lambda) { return try checkDepth(try parseLambda()) }
        let value = try parseOr()
        guard current.kind.isKeyword(.if) else { return try checkDepth(value) }
        // `x if c else y`; inside a comprehension `if` belongs to the clause, which never reaches here
        // because comprehension conditions are parsed with parseOr.
        advance()
        let test = try parseOr()
        guard match(.else) else { try fail(.expectedElse, at: location) }
        let otherwise = try parseTest()
        return try checkDepth(spanned(Expr(.conditional(test: test, then: value, otherwise: otherwise), at: location),
                                      from: location))
    }

    /// A test without a conditional expression (lambda bodies inside comprehensions, `if` clauses).
    mutating func parseTestNoConditional() throws -> Expr {
        if current.kind.isKeyword(.lambda) { return try parseLambda() }
        return try parseOr()
    }

    mutating func parseLambda() throws -> Expr {
        try enterNesting()
        defer { expressionDepth -= 1 }
        let location = advance().location
        let parameters = try parseParameters(closing: .colon)
        if !match(.colon) { try fail(.invalidSyntax) }
        functionDepth += 1
        let savedScope = scopeKind
        scopeKind = .function
        defer {
            functionDepth -= 1
            scopeKind = savedScope
        }
        let body = try parseTest()
        let def = FunctionDef(name: "<lambda>", parameters: parameters,
                              body: [Stmt(.return(body), at: body.location)], location: location, isLambda: true)
        return Expr(.lambda(def), at: location)
    }

    mutating func parseOr() throws -> Expr {
        let start = current.location
        var left = try parseAnd()
        while current.kind.isKeyword(.or) {
            let location = advance().location
            let right = try parseAnd()
            left = try checkDepth(spanned(Expr(.or(left, right), at: location), from: start))
        }
        return left
    }

    mutating func parseAnd() throws -> Expr {
        let start = current.location
        var left = try parseNot()
        while current.kind.isKeyword(.and) {
            let location = advance().location
            let right = try parseNot()
            left = try checkDepth(spanned(Expr(.and(left, right), at: location), from: start))
        }
        return left
    }

    mutating func parseNot() throws -> Expr {
        if current.kind.isKeyword(.not) {
            try enterNesting()
            defer { expressionDepth -= 1 }
            let location = advance().location
            let operand = try parseNot()
            return spanned(Expr(.unary(.not, operand), at: location), from: location)
        }
        return try parseComparison()
    }

    mutating func parseComparison() throws -> Expr {
        let start = current.location
        let left = try parseBitOr()
        var steps: [Comparison] = []
        while let op = comparisonOperator() {
            steps.append(Comparison(op: op, operand: try parseBitOr()))
        }
        return steps.isEmpty ? left : spanned(Expr(.compare(left, steps), at: left.location), from: start)
    }

    /// Consumes a comparison operator if one is next.
    mutating func comparisonOperator() -> ComparisonOperator? {
        switch current.kind {
        case .op(.less): advance(); return .less
        case .op(.lessEqual): advance(); return .lessEqual
        case .op(.greater): advance(); return .greater
        case .op(.greaterEqual): advance(); return .greaterEqual
        case .op(.equalEqual): advance(); return .equal
        case .op(.notEqual): advance(); return .notEqual
        case .keyword(.in): advance(); return .in
        case .keyword(.not) where next.kind.isKeyword(.in):
            advance()
            advance()
            return .notIn
        case .keyword(.is):
            advance()
            return match(.not) ? .isNot : .is
        default: return nil
        }
    }

    mutating func parseBinaryLevel(_ operators: [Operator: BinaryOperator],
                                   _ operand: (inout Parser) throws -> Expr) throws -> Expr {
        let start = current.location
        var left = try operand(&self)
        while case .op(let op) = current.kind, let binary = operators[op] {
            let location = advance().location
            let right = try operand(&self)
            left = try checkDepth(spanned(Expr(.binary(binary, left, right), at: location), from: start))
        }
        return left
    }

    mutating func parseBitOr() throws -> Expr { try parseBinaryLevel([.pipe: .bitOr]) { try $0.parseBitXor() } }
    mutating func parseBitXor() throws -> Expr { try parseBinaryLevel([.caret: .bitXor]) { try $0.parseBitAnd() } }
    mutating func parseBitAnd() throws -> Expr {
        try parseBinaryLevel([.ampersand: .bitAnd]) { try $0.parseShift() }
    }
    mutating func parseShift() throws -> Expr {
        try parseBinaryLevel([.leftShift: .leftShift, .rightShift: .rightShift]) { try $0.parseArithmetic() }
    }
    mutating func parseArithmetic() throws -> Expr {
        try parseBinaryLevel([.plus: .add, .minus: .subtract]) { try $0.parseTerm() }
    }
    mutating func parseTerm() throws -> Expr {
        try parseBinaryLevel([.star: .multiply, .slash: .divide, .doubleSlash: .floorDivide, .percent: .modulo,
                              .at: .matrixMultiply]) { try $0.parseFactor() }
    }

    mutating func parseFactor() throws -> Expr {
        let location = current.location
        try enterNesting()
        defer { expressionDepth -= 1 }
        switch current.kind {
        case .op(.minus):
            advance()
            let operand = try parseFactor()
            // Fold `-literal` so that the most negative integer can be written.
            if case .constant(.int(let v)) = operand.kind { return Expr(.constant(.int(-v)), at: location) }
            if case .constant(.float(let v)) = operand.kind { return Expr(.constant(.float(-v)), at: location) }
            return spanned(Expr(.unary(.negate, operand), at: location), from: location)
        case .op(.plus):
            advance()
            let operand = try parseFactor()
            return spanned(Expr(.unary(.plus, operand), at: location), from: location)
        case .op(.tilde):
            advance()
            let operand = try parseFactor()
            return spanned(Expr(.unary(.invert, operand), at: location), from: location)
        default:
            return try parsePower()
        }
    }

    mutating func parsePower() throws -> Expr {
        if case .keyword(.await) = current.kind { try fail(.unsupportedFeature, detail: "'await'") }
        let start = current.location
        let base = try parsePrimary()
        if current.kind.isOp(.doubleStar) {
            let location = advance().location
            let exponent = try parseFactor()
            return spanned(Expr(.binary(.power, base, exponent), at: location), from: start)
        }
        return base
    }

    /// An atom followed by calls, subscripts and attribute accesses.
    mutating func parsePrimary() throws -> Expr {
        let start = current.location
        let parenthesized = current.kind.isOp(.leftParen)
        var expr = try parseAtom()
        if expr.span == nil {
            // Parentheses are part of a tuple or generator expression (as in CPython's positions), not of anything
            // else they enclose.
            switch expr.kind {
            case .tuple, .generator: expr = spanned(expr, from: start)
            default: if !parenthesized { expr = spanned(expr, from: start) }
            }
        }
        while true {
            if current.kind.isOp(.leftParen) {
                let location = advance().location
                let arguments = try parseArguments()
                try expect(.rightParen)
                expr = spanned(Expr(.call(expr, arguments), at: location.line == expr.location.line ? expr.location : location),
                               from: start)
            } else if current.kind.isOp(.leftBracket) {
                let location = advance().location
                let index = try parseSubscriptList()
                try expect(.rightBracket)
                expr = spanned(Expr(.subscript(expr, index), at: location), from: start)
            } else if current.kind.isOp(.dot) {
                advance()
                let location = current.location
                let name = try expectName()
                expr = spanned(Expr(.attribute(expr, name), at: location), from: start)
            } else {
                return expr
            }
            try checkDepth(expr)
        }
    }

    /// Parses call arguments up to (not including) the closing parenthesis, with CPython's errors for their
    /// order: a positional argument after a keyword argument is reported at the closing parenthesis, as CPython
    /// does once the whole list has parsed.
    mutating func parseArguments() throws -> [Argument] {
        var arguments: [Argument] = []
        var sawKeyword = false
        var sawKeywordUnpacking = false
        var misplacedPositional: SourceLocation?
        var keywords: Set<String> = []
        while !current.kind.isOp(.rightParen) {
            let location = current.location
            if match(.star) {
                if sawKeywordUnpacking { try fail(.iterableUnpackingAfterKeywordUnpacking, at: location) }
                arguments.append(.star(try parseTest()))
            } else if match(.doubleStar) {
                arguments.append(.doubleStar(try parseTest()))
                sawKeyword = true
                sawKeywordUnpacking = true
            } else if case .name(let name) = current.kind, next.kind.isOp(.equal) {
                advance()
                advance()
                if keywords.contains(name) { try fail(.keywordArgumentRepeated, detail: name, at: location) }
                keywords.insert(name)
                arguments.append(.keyword(name, try parseTest()))
                sawKeyword = true
            } else {
                let value = try parseTestOrAssignment()
                if current.kind.isOp(.equal) { try failKeywordExpression(value) }
                if current.kind.isKeyword(.for) {
                    let clauses = try parseComprehensionClauses()
                    try checkComprehension([value], clauses, "generator expression")
                    arguments.append(.positional(Expr(.generator(value, clauses), at: value.location)))
                } else {
                    if sawKeyword, misplacedPositional == nil { misplacedPositional = location }
                    arguments.append(.positional(value))
                }
            }
            if !match(.comma) { break }
        }
        if let misplacedPositional {
            try fail(sawKeywordUnpacking ? .positionalAfterKeywordUnpacking : .positionalAfterKeyword,
                     at: current.kind.isOp(.rightParen) ? current.location : misplacedPositional)
        }
        return arguments
    }

    /// `f(1=2)`, `f(a.b=2)`: an expression where a keyword's name should be. `True`, `False` and `None` cannot be
    /// assigned to; anything else is "expression cannot contain assignment", at the expression.
    mutating func failKeywordExpression(_ value: Expr) throws -> Never {
        if case .constant(let c) = value.kind {
            switch c {
            case .none, .bool: try fail(.assignmentToExpression, detail: describe(value), at: value.start)
            default: break
            }
        }
        try fail(.keywordExpression, at: value.start)
    }

    /// The inside of `[...]`: an index, a slice, or a tuple of them.
    mutating func parseSubscriptList() throws -> Expr {
        let location = current.location
        let first = try parseSubscriptItem()
        guard current.kind.isOp(.comma) else { return first }
        var items = [first]
        while match(.comma) {
            if current.kind.isOp(.rightBracket) { break }
            items.append(try parseSubscriptItem())
        }
        return Expr(.tuple(items), at: location)
    }

    mutating func parseSubscriptItem() throws -> Expr {
        let location = current.location
        var lower: Expr?
        if let walrus = try parseAssignmentExpression() {
            // `a[x := 1]` is an index; an assignment expression is no slice bound.
            if current.kind.isOp(.colon) { try fail(.invalidSyntax) }
            return walrus
        }
        if !current.kind.isOp(.colon) {
            let index = try parseNamedTest()
            if !current.kind.isOp(.colon) { return index }
            lower = index
        }
        try expect(.colon)
        var upper: Expr?
        var step: Expr?
        if !current.kind.isOp(.colon) && !current.kind.isOp(.rightBracket) && !current.kind.isOp(.comma) {
            upper = try parseTest()
        }
        if match(.colon) {
            if !current.kind.isOp(.rightBracket) && !current.kind.isOp(.comma) { step = try parseTest() }
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), at: location)
    }

    mutating func parseComprehensionClauses() throws -> [Comprehension] {
        var clauses: [Comprehension] = []
        while match(.for) {
            let target = try parseTargetList()
            try checkAssignmentTarget(target)
            if !match(.in) {
                // `[i for i x]`: the target and what follows read as two expressions.
                lastTestStart = target.start
                lastTestEnd = index
                try checkMissingComma()
                try fail(.invalidSyntax)
            }
            let iterable = try parseOr()
            var conditions: [Expr] = []
            while match(.if) { conditions.append(try parseTestNoConditional()) }
            clauses.append(Comprehension(target: target, iterable: iterable, conditions: conditions))
        }
        return clauses
    }

    // MARK: - Yield

    /// A `yield` expression where one may stand unparenthesized (a statement, the right side of an
    /// assignment), or else a test list.
    mutating func parseYieldOrTestList() throws -> Expr {
        current.kind.isKeyword(.yield) ? try parseYield() : try parseTestList(allowStar: true)
    }

    /// `yield`, `yield value(s)` or `yield from iterable`.
    mutating func parseYield() throws -> Expr {
        let location = advance().location
        if functionDepth == 0 { laterProblems.append(Diagnostic(.yieldOutsideFunction, at: location)) }
        if match(.from) { return Expr(.yieldFrom(try parseTest()), at: location) }
        return Expr(.yield(startsExpression ? try parseTestList(allowStar: true) : nil), at: location)
    }

    /// The checks of a comprehension once parsed: `yield` (`construct` names the comprehension in the
    /// message), then assignment expressions (`checkAssignmentExpressions`).
    mutating func checkComprehension(_ parts: [Expr], _ clauses: [Comprehension], _ construct: String) throws {
        try checkNoYield(in: parts, clauses, construct)
        // CPython visits a dict comprehension's value before its key.
        try checkAssignmentExpressions(in: parts.reversed(), clauses)
    }

    /// Reports `'yield' inside list comprehension` (and the like): a comprehension's parts other than its
    /// first iterable run in a scope of their own, where `yield` is not allowed.
    mutating func checkNoYield(in parts: [Expr], _ clauses: [Comprehension], _ construct: String) throws {
        let scoped = parts + clauses.flatMap { [$0.target] + $0.conditions } + clauses.dropFirst().map(\.iterable)
        if let offender = scoped.first(where: { $0.containsYield }) {
            try fail(.yieldInComprehension, detail: construct, at: offender.location)
        }
    }
}
