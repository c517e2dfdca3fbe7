// MARK: - Statements

extension Parser {
    mutating func parseProgram() -> [Stmt] {
        var statements: [Stmt] = []
        while current.kind != .endOfFile {
            let start = index
            switch current.kind {
            case .newline:
                advance()
            case .indent:
                report(.unexpectedIndent, at: indentEnd)
                advance()
                synchronizeBlock()
            case .dedent:
                advance()
            default:
                do {
                    statements += try parseStatement()
                } catch {
                    synchronize()
                }
            }
            if index == start && current.kind != .endOfFile { advance() }  // progress guarantee
        }
        return statements
    }

    /// Where CPython reports an unexpected indent: at the last character of the indentation.
    var indentEnd: SourceLocation {
        SourceLocation(line: current.end.line, column: max(1, current.end.column - 1))
    }

    /// Skips a wrongly indented block.
    mutating func synchronizeBlock() {
        var depth = 1
        while current.kind != .endOfFile, depth > 0 {
            if current.kind == .indent { depth += 1 }
            if current.kind == .dedent { depth -= 1 }
            advance()
        }
    }

    /// Parses one statement line or compound statement; a line with `;` yields several statements.
    mutating func parseStatement() throws -> [Stmt] {
        let location = current.location
        if case .keyword(let keyword) = current.kind {
            switch keyword {
            case .def: return [try parseFunctionDef()]
            case .if: return [try parseIf()]
            case .for: return [try parseFor()]
            case .while: return [try parseWhile()]
            case .try: return [try parseTry()]
            case .with: return [try parseWith()]
            case .class: return [try parseClassDef(decorators: [])]
            case .async: try fail(.unsupportedFeature, detail: "'async'")
            default: break
            }
        }
        if current.kind.isOp(.at) { return parseDecorated() }
        var statements = [try parseSimpleStatement()]
        while match(.semicolon) {
            if current.kind == .newline || current.kind == .endOfFile { break }
            statements.append(try parseSimpleStatement())
        }
        if current.kind != .newline && current.kind != .endOfFile { try failAfterStatement(statements) }
        advance()
        _ = location
        return statements
    }

    mutating func parseSimpleStatement() throws -> Stmt {
        let location = current.location
        if case .keyword(let keyword) = current.kind {
            switch keyword {
            case .pass:
                advance()
                return Stmt(.pass, at: location)
            case .break, .continue:
                advance()
                if loopDepth == 0 {
                    laterProblems.append(Diagnostic(.loopControlOutsideLoop, at: location, detail: keyword.rawValue))
                }
                return Stmt(keyword == .break ? .break : .continue, at: location)
            case .return:
                advance()
                if functionDepth == 0 { laterProblems.append(Diagnostic(.returnOutsideFunction, at: location)) }
                if atStatementEnd { return Stmt(.return(nil), at: location) }
                return Stmt(.return(try parseTestList(allowStar: true)), at: location)
            case .global, .nonlocal:
                advance()
                var names = [try expectName()]
                while match(.comma) { names.append(try expectName()) }
                return Stmt(keyword == .global ? .global(names) : .nonlocal(names), at: location)
            case .del:
                advance()
                var targets: [Expr] = []
                repeat {
                    if atStatementEnd { break }
                    let target = try parseOr()
                    try checkDeleteTarget(target)
                    targets.append(target)
                } while match(.comma)
                if targets.isEmpty { try fail(.expectedExpression) }
                return Stmt(.delete(targets), at: location)
            case .assert:
                advance()
                let test = try parseTest()
                let message = match(.comma) ? try parseTest() : nil
                return Stmt(.assert(test: test, message: message), at: location)
            case .raise:
                advance()
                if atStatementEnd { return Stmt(.raise(exception: nil, cause: nil), at: location) }
                let exception = try parseTest()
                let cause = match(.from) ? try parseTest() : nil
                return Stmt(.raise(exception: exception, cause: cause), at: location)
            case .import:
                advance()
                var aliases: [ImportAlias] = []
                repeat {
                    let name = try parseDottedName()
                    let alias = match(.as) ? try expectName() : nil
                    aliases.append(ImportAlias(name: name, alias: alias))
                } while match(.comma)
                return Stmt(.import(aliases), at: location)
            case .from:
                advance()
                // A relative import's dots lead its module name (`.`, `..sub`); `...` is one token.
                var dots = ""
                while current.kind.isOp(.dot) || current.kind.isOp(.ellipsis) {
                    dots += advance().kind.isOp(.dot) ? "." : "..."
                }
                let module = dots + (dots.isEmpty || !current.kind.isKeyword(.import) ? try parseDottedName() : "")
                guard match(.import) else { try fail(.invalidSyntax) }
                let parenthesized = match(.leftParen)
                var names: [ImportAlias] = []
                if match(.star) {
                    names.append(ImportAlias(name: "*", alias: nil))
                } else {
                    repeat {
                        if parenthesized && current.kind.isOp(.rightParen) { break }
                        let name = try expectName()
                        let alias = match(.as) ? try expectName() : nil
                        names.append(ImportAlias(name: name, alias: alias))
                    } while match(.comma)
                }
                if parenthesized { try expect(.rightParen) }
                return Stmt(.importFrom(module: module, names: names), at: location)
            default:
                break
            }
        }
        return try parseExpressionStatement()
    }

    /// Reports a statement followed by more than the end of its line, as CPython does: `print 'x'` misses
    /// parentheses; an expression that runs on to the end of the input inside an open bracket reports the
    /// error at the end (so the bracket is "never closed"); else "invalid syntax" at the token.
    mutating func failAfterStatement(_ statements: [Stmt]) throws -> Never {
        if startsExpression, case .expression(let e)? = statements.last?.kind, case .name(let name) = e.kind,
           name == "print" || name == "exec" {
            try fail(.missingParentheses, detail: name, at: e.location)
        }
        if startsExpression, diagnostics.contains(where: { $0.id == .unclosedBracket }) {
            var probe = self
            _ = try? probe.parseTest()
            try failIfReachingEnd(probe)
        }
        try fail(.invalidSyntax)
    }

    var atStatementEnd: Bool {
        switch current.kind {
        case .newline, .endOfFile: return true
        case .op(.semicolon): return true
        default: return false
        }
    }

    mutating func parseDottedName() throws -> String {
        var name = try expectName()
        while match(.dot) { name += "." + (try expectName()) }
        return name
    }

    mutating func parseExpressionStatement() throws -> Stmt {
        let location = current.location
        let first = try parseYieldOrTestList()
        if case .op(let op) = current.kind, let binary = Parser.augmentedOperators[op] {
            advance()
            switch first.kind {
            case .name, .attribute, .subscript: break
            default: try fail(.augmentedAssignmentToExpression, detail: describe(first), at: first.start)
            }
            let value = current.kind.isKeyword(.yield) ? try parseYield() : try parseTestList(allowStar: false)
            return Stmt(.augmentedAssign(target: first, op: binary, value: value), at: location)
        }
        if current.kind.isOp(.colon) {
            return try parseAnnotatedAssignment(first, at: location)
        }
        if current.kind.isOp(.walrus) {
            // `x := 1` needs parentheses as a statement; CPython names any other target.
            if case .name = first.kind, index > 0, case .name = tokens[index - 1].kind { try fail(.invalidSyntax) }
            try fail(.assignmentExpressionTarget, detail: Parser.expressionName(first), at: first.start)
        }
        guard current.kind.isOp(.equal) else {
            return Stmt(.expression(first), at: location)
        }
        var targets = [first]
        var value = first
        var valueStart = current
        while match(.equal) {
            valueStart = current
            value = try parseYieldOrTestList()
            targets.append(value)
        }
        targets.removeLast()
        if targets.count == 1, let offender = Parser.misusedEqualTarget(targets[0]),
           Parser.startsBitwiseOr(valueStart.kind) {
            try fail(.assignmentToExpressionHere, detail: describe(offender), at: offender.start)
        }
        for target in targets { try checkAssignmentTarget(target) }
        return Stmt(.assign(targets: targets, value: value), at: location)
    }

    /// `target: annotation [= value]`, the colon being the current token.
    mutating func parseAnnotatedAssignment(_ target: Expr, at location: SourceLocation) throws -> Stmt {
        switch target.kind {
        case .name, .attribute, .subscript: break
        case .tuple: try fail(.annotatedMultipleTargets, detail: "tuple", at: target.location)
        case .list: try fail(.annotatedMultipleTargets, detail: "list", at: target.location)
        default: try fail(.annotationTargetIllegal, at: target.location)
        }
        advance()
        let annotation = try parseTest()
        let value = match(.equal) ? try parseTestList(allowStar: true) : nil
        return Stmt(.annotatedAssign(target: target, annotation: annotation, value: value), at: location)
    }

    static let augmentedOperators: [Operator: BinaryOperator] = [
        .plusEqual: .add, .minusEqual: .subtract, .starEqual: .multiply, .slashEqual: .divide,
        .doubleSlashEqual: .floorDivide, .percentEqual: .modulo, .doubleStarEqual: .power,
        .ampersandEqual: .bitAnd, .pipeEqual: .bitOr, .caretEqual: .bitXor, .leftShiftEqual: .leftShift,
        .rightShiftEqual: .rightShift, .atEqual: .matrixMultiply,
    ]

    mutating func checkAssignmentTarget(_ target: Expr) throws {
        switch target.kind {
        case .name, .attribute, .subscript: return
        case .tuple(let items), .list(let items):
            for item in items { try checkAssignmentTarget(item) }
        case .starred(let inner): try checkAssignmentTarget(inner)
        default: try fail(.assignmentToExpression, detail: describe(target), at: target.start)
        }
    }

    /// The part of a single assignment's target where CPython suspects `=` was meant as `==` (`f() = 1`,
    /// `a, b + 1 = 2`: "cannot assign to function call here. Maybe you meant '==' instead of '='?"): the
    /// whole target, or the last item of an unparenthesized tuple, when it is an operand-level expression
    /// that cannot be assigned (not a comparison, `not`, a lambda; not a tuple, list, `True`, `False`, `None`).
    static func misusedEqualTarget(_ target: Expr) -> Expr? {
        var candidate = target
        if case .tuple(let items) = target.kind, let last = items.last, items.first?.location == target.location {
            candidate = last
        }
        switch candidate.kind {
        case .name, .attribute, .subscript: return nil
        default: return isSuspectOperand(candidate) ? candidate : nil
        }
    }

    /// Whether `=` after the expression makes CPython suspect a comparison was meant: an operand of `|` (not a
    /// comparison, `not`, a lambda or a conditional) other than a tuple, list, generator expression, `True`,
    /// `False` or `None`.
    static func isSuspectOperand(_ e: Expr) -> Bool {
        switch e.kind {
        case .binary, .call, .fstring, .dict, .set, .listComprehension, .setComprehension, .dictComprehension,
             .yield, .yieldFrom, .namedExpr, .name, .attribute, .subscript:
            return true
        case .unary(let op, _):
            return op != .not
        case .constant(let c):
            switch c {
            case .none, .bool: return false
            default: return true
            }
        default:
            return false
        }
    }

    /// Whether a token can start an operand of `|` (what CPython's check for a misused `=` reads after it).
    static func startsBitwiseOr(_ kind: TokenKind) -> Bool {
        switch kind {
        case .name, .int, .bigInteger, .float, .string, .bytes, .fstring: return true
        case .keyword(let k): return k == .none || k == .true || k == .false || k == .await
        case .op(let op): return [.leftParen, .leftBracket, .leftBrace, .minus, .plus, .tilde, .ellipsis].contains(op)
        default: return false
        }
    }

    mutating func checkDeleteTarget(_ target: Expr) throws {
        switch target.kind {
        case .name, .attribute, .subscript: return
        case .tuple(let items), .list(let items):
            for item in items { try checkDeleteTarget(item) }
        default: try fail(.deleteExpression, detail: describe(target), at: target.start)
        }
    }

    /// How Python names an expression in "cannot assign to …" messages.
    func describe(_ expr: Expr) -> String { Parser.expressionName(expr) }

    /// How CPython names an expression in its syntax errors ("cannot assign to function call", "cannot use
    /// assignment expressions with attribute"): its parser's `_PyPegen_get_expr_name`.
    static func expressionName(_ expr: Expr) -> String {
        switch expr.kind {
        case .name: return "name"
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .binary, .unary, .and, .or: return "expression"
        case .generator: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .listComprehension: return "list comprehension"
        case .setComprehension: return "set comprehension"
        case .dictComprehension: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .fstring: return "f-string expression"
        case .constant(.none): return "None"
        case .constant(.bool(let b)): return b ? "True" : "False"
        case .constant(.ellipsis): return "ellipsis"
        case .constant: return "literal"
        case .compare: return "comparison"
        case .conditional: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }

    // MARK: - Compound statements

    /// Parses `: body`, where the body is either simple statements on the same line or an indented block.
    mutating func parseBlock(after construct: String) throws -> [Stmt] {
        try expect(.colon)
        if current.kind != .newline {
            var statements = [try parseSimpleStatement()]
            while match(.semicolon) {
                if atStatementEnd { break }
                statements.append(try parseSimpleStatement())
            }
            if current.kind != .newline && current.kind != .endOfFile { try failAfterStatement(statements) }
            advance()
            return statements
        }
        advance()
        guard current.kind == .indent else {
            try fail(.expectedIndentedBlock, detail: construct)
        }
        advance()
        var statements: [Stmt] = []
        while current.kind != .dedent && current.kind != .endOfFile {
            let start = index
            if current.kind == .newline {
                advance()
                continue
            }
            if current.kind == .indent {
                report(.unexpectedIndent, at: indentEnd)
                advance()
                synchronizeBlock()
                continue
            }
            do {
                statements += try parseStatement()
            } catch {
                synchronize()
            }
            if index == start { advance() }
        }
        if current.kind == .dedent { advance() }
        return statements
    }

    mutating func parseFunctionDef(decorators: [Expr] = []) throws -> Stmt {
        let location = advance().location
        let name = try expectName()
        try expect(.leftParen)
        let parameters = try parseParameters(closing: .rightParen)
        try expect(.rightParen)
        if match(.arrow) { _ = try parseTest() }
        let savedLoops = loopDepth, savedScope = scopeKind
        functionDepth += 1
        loopDepth = 0
        scopeKind = .function
        defer {
            functionDepth -= 1
            loopDepth = savedLoops
            scopeKind = savedScope
        }
        let body = try parseBlock(after: "function definition on line \(location.line)")
        var docstring: String?
        if case .expression(let e)? = body.first?.kind, case .constant(.string(let text)) = e.kind {
            docstring = text
        }
        let def = FunctionDef(name: name, parameters: parameters, body: body, location: location, docstring: docstring,
                              decorators: decorators)
        return Stmt(.functionDef(def), at: location)
    }

    /// Parses a parameter list up to (not including) `closing`. A name given twice is noted for after parsing
    /// (`duplicateArgument`), as CPython's symbol table finds it.
    mutating func parseParameters(closing: Operator) throws -> [Parameter] {
        var parameters: [Parameter] = []
        var names: Set<String> = []
        var sawDefault = false
        var keywordOnly = false
        var sawSlash = false
        while !current.kind.isOp(closing) {
            if current.kind.isOp(.slash) {
                // `/`: the parameters before it are positional-only.
                let slashLocation = advance().location
                if keywordOnly { try fail(.positionalOnlyMarkerAfterStar, at: slashLocation) }
                if sawSlash { try fail(.positionalOnlyMarkerTwice, at: slashLocation) }
                if parameters.isEmpty { try fail(.positionalOnlyMarkerFirst, at: slashLocation) }
                sawSlash = true
                for i in parameters.indices { parameters[i].isPositionalOnly = true }
            } else if match(.doubleStar) {
                let nameLocation = current.location
                parameters.append(Parameter(name: try expectName(), kind: .variadicKeywords, defaultValue: nil))
                if closing == .rightParen, match(.colon) { _ = try parseTest() }
                noteDuplicate(parameters, in: &names, at: nameLocation)
            } else if match(.star) {
                keywordOnly = true
                if case .name = current.kind {
                    let nameLocation = current.location
                    parameters.append(Parameter(name: try expectName(), kind: .variadic, defaultValue: nil))
                    if closing == .rightParen, match(.colon) { _ = try parseTest() }
                    noteDuplicate(parameters, in: &names, at: nameLocation)
                }
            } else {
                let nameLocation = current.location
                let name = try expectName()
                if closing == .rightParen, match(.colon) { _ = try parseTest() }
                var defaultValue: Expr?
                if match(.equal) {
                    defaultValue = try parseTest()
                    sawDefault = true
                } else if sawDefault && !keywordOnly {
                    try fail(.nonDefaultAfterDefault, at: nameLocation)
                }
                parameters.append(Parameter(name: name, kind: keywordOnly ? .keywordOnly : .normal,
                                            defaultValue: defaultValue))
                noteDuplicate(parameters, in: &names, at: nameLocation)
            }
            if !match(.comma) { break }
        }
        return parameters
    }

    /// Notes the last of `parameters` if an earlier one has its name.
    mutating func noteDuplicate(_ parameters: [Parameter], in names: inout Set<String>, at location: SourceLocation) {
        guard let name = parameters.last?.name, !names.insert(name).inserted else { return }
        laterProblems.append(Diagnostic(.duplicateArgument, at: location, detail: name))
    }

    mutating func parseIf() throws -> Stmt {
        let location = advance().location
        let test = try parseNamedTest()
        let body = try parseBlock(after: "'if' statement on line \(location.line)")
        var otherwise: [Stmt] = []
        if current.kind.isKeyword(.elif) {
            otherwise = [try parseIf()]
        } else if current.kind.isKeyword(.else) {
            let elseLocation = advance().location
            otherwise = try parseBlock(after: "'else' statement on line \(elseLocation.line)")
        }
        return Stmt(.if(test: test, body: body, otherwise: otherwise), at: location)
    }

    mutating func parseFor() throws -> Stmt {
        let location = advance().location
        let target = try parseTargetList()
        try checkAssignmentTarget(target)
        guard match(.in) else { try fail(.invalidSyntax) }
        let iterable = try parseTestList(allowStar: true)
        loopDepth += 1
        let body = try parseBlock(after: "'for' statement on line \(location.line)")
        loopDepth -= 1
        var otherwise: [Stmt] = []
        if current.kind.isKeyword(.else) {
            let elseLocation = advance().location
            otherwise = try parseBlock(after: "'else' statement on line \(elseLocation.line)")
        }
        return Stmt(.for(target: target, iterable: iterable, body: body, otherwise: otherwise), at: location)
    }

    mutating func parseWhile() throws -> Stmt {
        let location = advance().location
        let test = try parseNamedTest()
        loopDepth += 1
        let body = try parseBlock(after: "'while' statement on line \(location.line)")
        loopDepth -= 1
        var otherwise: [Stmt] = []
        if current.kind.isKeyword(.else) {
            let elseLocation = advance().location
            otherwise = try parseBlock(after: "'else' statement on line \(elseLocation.line)")
        }
        return Stmt(.while(test: test, body: body, otherwise: otherwise), at: location)
    }

    mutating func parseTry() throws -> Stmt {
        let location = advance().location
        let body = try parseBlock(after: "'try' statement on line \(location.line)")
        var handlers: [ExceptHandler] = []
        while current.kind.isKeyword(.except) {
            let handlerLocation = advance().location
            var type: Expr?
            var name: String?
            if !current.kind.isOp(.colon) {
                let first = try parseTest()
                type = first
                if match(.comma) {
                    var items = [first]
                    repeat { items.append(try parseTest()) } while match(.comma)
                    type = Expr(.tuple(items), at: first.location)
                }
                if match(.as) { name = try expectName() }
            }
            let handlerBody = try parseBlock(after: "'except' statement on line \(handlerLocation.line)")
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody, location: handlerLocation))
        }
        var otherwise: [Stmt] = []
        if !handlers.isEmpty, current.kind.isKeyword(.else) {
            let elseLocation = advance().location
            otherwise = try parseBlock(after: "'else' statement on line \(elseLocation.line)")
        }
        var finally: [Stmt] = []
        if current.kind.isKeyword(.finally) {
            let finallyLocation = advance().location
            finally = try parseBlock(after: "'finally' statement on line \(finallyLocation.line)")
        }
        if handlers.isEmpty && finally.isEmpty {
            try fail(.expectedExceptOrFinally)
        }
        return Stmt(.try(body: body, handlers: handlers, otherwise: otherwise, finally: finally), at: location)
    }

    mutating func parseWith() throws -> Stmt {
        let location = advance().location
        var items: [WithItem] = []
        repeat {
            let context = try parseTest()
            var target: Expr?
            if match(.as) {
                let parsed = try parseTarget()
                try checkAssignmentTarget(parsed)
                target = parsed
            }
            items.append(WithItem(context: context, target: target))
        } while match(.comma)
        let body = try parseBlock(after: "'with' statement on line \(location.line)")
        return Stmt(.with(items: items, body: body), at: location)
    }
}
