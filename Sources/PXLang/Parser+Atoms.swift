// MARK: - Atoms and displays

extension Parser {
    mutating func parseAtom() throws -> Expr {
        let token = current
        let location = token.location
        switch token.kind {
        case .name(let name):
            advance()
            return Expr(.name(name), at: location)
        case .int(let v):
            advance()
            return Expr(.constant(.int(v)), at: location)
        case .bigInteger(let digits, let radix):
            advance()
            return Expr(.constant(.bigInteger(digits: digits, radix: radix)), at: location)
        case .float(let v):
            advance()
            return Expr(.constant(.float(v)), at: location)
        case .keyword(.none):
            advance()
            return Expr(.constant(.none), at: location)
        case .keyword(.true):
            advance()
            return Expr(.constant(.bool(true)), at: location)
        case .keyword(.false):
            advance()
            return Expr(.constant(.bool(false)), at: location)
        case .op(.ellipsis):
            advance()
            return Expr(.constant(.ellipsis), at: location)
        case .string, .fstring, .bytes:
            return try parseStrings()
        case .op(.leftParen):
            return try parseParenthesized()
        case .op(.leftBracket):
            return try parseListDisplay()
        case .op(.leftBrace):
            return try parseBraceDisplay()
        default:
            try fail(.invalidSyntax)
        }
    }

    /// Adjacent string literals concatenate; any f-string among them makes the whole an f-string.
    mutating func parseStrings() throws -> Expr {
        let location = current.location
        var parts: [FStringPart] = []
        var bytes: [UInt8]?
        var sawText = false
        var isFormat = false
        while true {
            switch current.kind {
            case .string(let text):
                if bytes != nil { try fail(.invalidSyntax, detail: "", at: current.location) }
                parts.append(.literal(text))
                sawText = true
                advance()
            case .fstring(let body):
                if bytes != nil { try fail(.invalidSyntax, at: current.location) }
                parts += try parseFStringBody(body)
                sawText = true
                isFormat = true
                advance()
            case .bytes(let b):
                if sawText { try fail(.invalidSyntax, at: current.location) }
                bytes = (bytes ?? []) + b
                advance()
            default:
                if let bytes { return Expr(.constant(.bytes(bytes)), at: location) }
                if !isFormat {
                    var text = ""
                    for case .literal(let t) in parts { text += t }
                    return Expr(.constant(.string(text)), at: location)
                }
                return Expr(.fstring(Parser.mergeLiterals(parts)), at: location)
            }
        }
    }

    static func mergeLiterals(_ parts: [FStringPart]) -> [FStringPart] {
        var merged: [FStringPart] = []
        for part in parts {
            if case .literal(let text) = part, case .literal(let previous)? = merged.last {
                merged[merged.count - 1] = .literal(previous + text)
            } else if case .literal("") = part {
                continue
            } else {
                merged.append(part)
            }
        }
        return merged
    }

    mutating func parseParenthesized() throws -> Expr {
        let location = advance().location
        if match(.rightParen) { return Expr(.tuple([]), at: location) }
        if current.kind.isKeyword(.yield) {
            let value = try parseYield()
            try expect(.rightParen)
            return value
        }
        let first = current.kind.isOp(.star) ? try parseStarred() : try parseNamedTest()
        if current.kind.isKeyword(.for) {
            let clauses = try parseComprehensionClauses()
            try expect(.rightParen)
            try checkComprehension([first], clauses, "generator expression")
            return Expr(.generator(first, clauses), at: location)
        }
        if match(.rightParen) {
            if case .starred = first.kind { try fail(.invalidSyntax, at: first.location) }
            return first
        }
        var items = [first]
        while match(.comma) {
            if current.kind.isOp(.rightParen) { break }
            items.append(current.kind.isOp(.star) ? try parseStarred() : try parseNamedTest())
        }
        try expect(.rightParen)
        return Expr(.tuple(items), at: location)
    }

    mutating func parseListDisplay() throws -> Expr {
        let location = advance().location
        if match(.rightBracket) { return Expr(.list([]), at: location) }
        let first = current.kind.isOp(.star) ? try parseStarred() : try parseNamedTest()
        if current.kind.isKeyword(.for) {
            let clauses = try parseComprehensionClauses()
            try expect(.rightBracket)
            try checkComprehension([first], clauses, "list comprehension")
            return Expr(.listComprehension(first, clauses), at: location)
        }
        var items = [first]
        while match(.comma) {
            if current.kind.isOp(.rightBracket) { break }
            items.append(current.kind.isOp(.star) ? try parseStarred() : try parseNamedTest())
        }
        try expect(.rightBracket)
        return Expr(.list(items), at: location)
    }

    mutating func parseBraceDisplay() throws -> Expr {
        let location = advance().location
        if match(.rightBrace) { return Expr(.dict([]), at: location) }
        if match(.doubleStar) {
            var entries: [DictEntry] = [.unpack(try parseBitOr())]
            try parseDictRest(into: &entries)
            return Expr(.dict(entries), at: location)
        }
        if let walrus = try parseAssignmentExpression() {
            // `{x := 1, 2}` is a set; `{x := 1: 2}` nothing.
            if current.kind.isOp(.colon) { try fail(.invalidSyntax) }
            return try parseSetRest(walrus, at: location)
        }
        let first = current.kind.isOp(.star) ? try parseStarred() : try parseTest()
        if current.kind.isOp(.walrus) {
            try fail(.assignmentExpressionTarget, detail: Parser.expressionName(first), at: first.start)
        }
        if match(.colon) {
            let value = try parseTest()
            if current.kind.isKeyword(.for) {
                let clauses = try parseComprehensionClauses()
                try expect(.rightBrace)
                try checkComprehension([first, value], clauses, "dict comprehension")
                return Expr(.dictComprehension(key: first, value: value, clauses), at: location)
            }
            var entries: [DictEntry] = [.pair(first, value)]
            try parseDictRest(into: &entries)
            return Expr(.dict(entries), at: location)
        }
        return try parseSetRest(first, at: location)
    }

    /// The rest of a set display or comprehension after its first item.
    mutating func parseSetRest(_ first: Expr, at location: SourceLocation) throws -> Expr {
        if current.kind.isKeyword(.for) {
            let clauses = try parseComprehensionClauses()
            try expect(.rightBrace)
            try checkComprehension([first], clauses, "set comprehension")
            return Expr(.setComprehension(first, clauses), at: location)
        }
        var items = [first]
        while match(.comma) {
            if current.kind.isOp(.rightBrace) { break }
            items.append(current.kind.isOp(.star) ? try parseStarred() : try parseNamedTest())
        }
        try expect(.rightBrace)
        return Expr(.set(items), at: location)
    }

    mutating func parseDictRest(into entries: inout [DictEntry]) throws {
        while match(.comma) {
            if current.kind.isOp(.rightBrace) { break }
            if match(.doubleStar) {
                entries.append(.unpack(try parseBitOr()))
            } else {
                let key = try parseTest()
                try expect(.colon)
                entries.append(.pair(key, try parseTest()))
            }
        }
        try expect(.rightBrace)
    }
}
