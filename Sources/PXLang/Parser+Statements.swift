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
                report(.unexpectedIndent, at: current.location)
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
        if current.kind != .newline && current.kind != .endOfFile {
            try fail(.invalidSyntax)
        }
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
                if loopDepth == 0 { try fail(.loopControlOutsideLoop, detail: keyword.rawValue, at: location) }
                return Stmt(keyword == .break ? .break : .continue, at: location)
            case .return:
                advance()
                if functionDepth == 0 { try fail(.returnOutsideFunction, at: location) }
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
                let module = try parseDottedName()
                guard match(.import) else { try fail(.expectedToken, detail: "import") }
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
            default: try fail(.augmentedAssignmentToExpression, detail: describe(first), at: first.location)
            }
            let value = current.kind.isKeyword(.yield) ? try parseYield() : try parseTestList(allowStar: false)
            return Stmt(.augmentedAssign(target: first, op: binary, value: value), at: location)
        }
        if current.kind.isOp(.colon) {
            return try parseAnnotatedAssignment(first, at: location)
        }
        guard current.kind.isOp(.equal) else {
            return Stmt(.expression(first), at: location)
        }
        var targets = [first]
        var value = first
        while match(.equal) {
            value = try parseYieldOrTestList()
            targets.append(value)
        }
        targets.removeLast()
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
        default: try fail(.assignmentToExpression, detail: describe(target), at: target.location)
        }
    }

    mutating func checkDeleteTarget(_ target: Expr) throws {
        switch target.kind {
        case .name, .attribute, .subscript: return
        case .tuple(let items), .list(let items):
            for item in items { try checkDeleteTarget(item) }
        default: try fail(.deleteExpression, detail: describe(target), at: target.location)
        }
    }

    /// How Python names an expression in "cannot assign to …" messages.
    func describe(_ expr: Expr) -> String {
        switch expr.kind {
        case .constant(.none), .constant(.bool): return "literal"
        case .constant, .fstring: return "literal"
        case .call: return "function call"
        case .binary, .unary: return "expression"
        case .and, .or: return "expression"
        case .compare: return "comparison"
        case .conditional: return "conditional expression"
        case .lambda: return "lambda"
        case .listComprehension: return "list comprehension"
        case .setComprehension: return "set comprehension"
        case .dictComprehension: return "dict comprehension"
        case .generator: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .dict: return "dict literal"
        case .set: return "set display"
        default: return "expression"
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
            if current.kind != .newline && current.kind != .endOfFile { try fail(.invalidSyntax) }
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
                report(.unexpectedIndent, at: current.location)
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
        let savedLoops = loopDepth
        functionDepth += 1
        loopDepth = 0
        defer {
            functionDepth -= 1
            loopDepth = savedLoops
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

    /// Parses a parameter list up to (not including) `closing`.
    mutating func parseParameters(closing: Operator) throws -> [Parameter] {
        var parameters: [Parameter] = []
        var sawDefault = false
        var keywordOnly = false
        while !current.kind.isOp(closing) {
            if match(.doubleStar) {
                parameters.append(Parameter(name: try expectName(), kind: .variadicKeywords, defaultValue: nil))
                if closing == .rightParen, match(.colon) { _ = try parseTest() }
            } else if match(.star) {
                keywordOnly = true
                if case .name = current.kind {
                    parameters.append(Parameter(name: try expectName(), kind: .variadic, defaultValue: nil))
                    if closing == .rightParen, match(.colon) { _ = try parseTest() }
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
            }
            if !match(.comma) { break }
        }
        return parameters
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
        guard match(.in) else { try fail(.expectedToken, detail: "in") }
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
            try fail(.expectedToken, detail: "except' or 'finally")
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
