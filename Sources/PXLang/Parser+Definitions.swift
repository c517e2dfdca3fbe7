// MARK: - Decorators and classes

extension Parser {
    /// Parses `@decorator` lines and the `def` or `class` they decorate.
    ///
    /// A bad decorator line fails the whole definition: the decorators and the definition below them are
    /// skipped together, so a definition is never created without its decorators.
    mutating func parseDecorated() -> [Stmt] {
        var decorators: [Expr] = []
        do {
            while current.kind.isOp(.at) {
                advance()
                decorators.append(try parseNamedTest())
                if current.kind != .newline { try fail(.invalidSyntax) }
                advance()
                while current.kind == .newline { advance() }
            }
            switch current.kind {
            case .keyword(.def): return [try parseFunctionDef(decorators: decorators)]
            case .keyword(.class): return [try parseClassDef(decorators: decorators)]
            case .keyword(.async): try fail(.unsupportedFeature, detail: "'async'")
            default: try fail(.invalidSyntax)
            }
        } catch {
            skipDecoratedDefinition()
            return []
        }
    }

    /// After an error among decorator lines: skips the rest of them and the definition they decorate.
    mutating func skipDecoratedDefinition() {
        synchronize()
        while current.kind.isOp(.at) || current.kind == .newline { synchronize() }
        if current.kind.isKeyword(.def) || current.kind.isKeyword(.class) || current.kind.isKeyword(.async) {
            synchronize()
        }
        if current.kind == .indent {
            advance()
            synchronizeBlock()
        }
    }

    /// Parses `class Name(bases): body`, the `class` keyword being the current token.
    mutating func parseClassDef(decorators: [Expr]) throws -> Stmt {
        let location = advance().location
        let name = try expectName()
        var bases: [Argument] = []
        if match(.leftParen) {
            bases = try parseArguments()
            try expect(.rightParen)
        }
        let savedFunctions = functionDepth, savedLoops = loopDepth, savedScope = scopeKind
        functionDepth = 0
        loopDepth = 0
        scopeKind = .classBody
        defer {
            functionDepth = savedFunctions
            loopDepth = savedLoops
            scopeKind = savedScope
        }
        let body = try parseBlock(after: "class definition on line \(location.line)")
        var docstring: String?
        if case .expression(let e)? = body.first?.kind, case .constant(.string(let text)) = e.kind {
            docstring = text
        }
        let def = ClassDef(name: name, bases: bases, body: body, decorators: decorators, location: location,
                           docstring: docstring)
        return Stmt(.classDef(def), at: location)
    }
}
