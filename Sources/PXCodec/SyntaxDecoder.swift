import PXBigInt
import PXLang
import PXWire

/// Reads what `SyntaxEncoder` wrote. Malformed or hostile input is an error, never a crash: nesting is
/// bounded and every count is checked against the bytes left.
struct SyntaxDecoder {
    var input: ByteReader
    var depth = 0
    /// Deeper than any tree the parser accepts (expressions up to `Parser.maximumDepth`, plus the statements
    /// around them, which indentation bounds).
    static let maximumDepth = Parser.maximumDepth + 500

    mutating func enter() throws(CodecError) {
        depth += 1
        if depth > SyntaxDecoder.maximumDepth { throw CodecError.tooDeep }
    }

    mutating func function() throws(CodecError) -> FunctionDef {
        try enter()
        defer { depth -= 1 }
        let name = try input.readText()
        let at = try location()
        var parameters: [Parameter] = []
        for _ in 0..<(try input.readCount(minimumItemSize: 3)) {
            let pname = try input.readText()
            let kind: Parameter.Kind
            let code = try input.readByte()
            switch code {
            case 0, 4: kind = .normal
            case 1: kind = .variadic
            case 2: kind = .keywordOnly
            case 3: kind = .variadicKeywords
            default: throw CodecError.malformed("parameter kind")
            }
            parameters.append(Parameter(name: pname, kind: kind, defaultValue: try optional(), isPositionalOnly: code == 4))
        }
        let body = try statements()
        let isLambda = try input.readByte() == 1
        let doc = try input.readByte() == 1 ? try input.readText() : nil
        let decorators = try expressions()
        return FunctionDef(name: name, parameters: parameters, body: body, location: at, docstring: doc,
                           isLambda: isLambda, decorators: decorators)
    }

    mutating func classDefinition() throws(CodecError) -> ClassDef {
        try enter()
        defer { depth -= 1 }
        let name = try input.readText()
        let at = try location()
        let bases = try arguments()
        let body = try statements()
        let decorators = try expressions()
        let doc = try input.readByte() == 1 ? try input.readText() : nil
        return ClassDef(name: name, bases: bases, body: body, decorators: decorators, location: at, docstring: doc)
    }

    mutating func arguments() throws(CodecError) -> [Argument] {
        var arguments: [Argument] = []
        for _ in 0..<(try input.readCount(minimumItemSize: 4)) {
            switch try input.readByte() {
            case 0: arguments.append(.positional(try expression()))
            case 1:
                let name = try input.readText()
                arguments.append(.keyword(name, try expression()))
            case 2: arguments.append(.star(try expression()))
            case 3: arguments.append(.doubleStar(try expression()))
            default: throw CodecError.malformed("argument kind")
            }
        }
        return arguments
    }

    mutating func location() throws(CodecError) -> SourceLocation {
        let line = try input.readVarint(), column = try input.readVarint()
        guard line < 1 << 31, column < 1 << 31 else { throw CodecError.malformed("location") }
        return SourceLocation(line: Int(line), column: Int(column))
    }

    mutating func optional() throws(CodecError) -> Expr? {
        switch try input.readByte() {
        case 0: return nil
        case 1: return try expression()
        default: throw CodecError.malformed("optional marker")
        }
    }

    mutating func expressions() throws(CodecError) -> [Expr] {
        var items: [Expr] = []
        for _ in 0..<(try input.readCount(minimumItemSize: 3)) { items.append(try expression()) }
        return items
    }

    mutating func statements() throws(CodecError) -> [Stmt] {
        var items: [Stmt] = []
        for _ in 0..<(try input.readCount(minimumItemSize: 3)) { items.append(try statement()) }
        return items
    }

    mutating func constant() throws(CodecError) -> Constant {
        switch try input.readByte() {
        case 0: return .none
        case 1: return .bool(false)
        case 2: return .bool(true)
        case 3: return .int(try input.readSigned())
        case 4: return .float(try input.readDouble())
        case 5: return .string(try input.readText())
        case 6: return .bytes(Array(try input.readRaw(try input.readCount())))
        case 7: return .ellipsis
        case 8:
            let digits = try input.readText()
            let radix = try input.readCount(minimumItemSize: 0)
            guard (2...36).contains(radix), BigInt(digits, radix: radix) != nil else {
                throw CodecError.malformed("integer literal")
            }
            return .bigInteger(digits: digits, radix: radix)
        default: throw CodecError.malformed("constant tag")
        }
    }

    mutating func fstringParts() throws(CodecError) -> [FStringPart] {
        var parts: [FStringPart] = []
        for _ in 0..<(try input.readCount(minimumItemSize: 2)) {
            switch try input.readByte() {
            case 0: parts.append(.literal(try input.readText()))
            case 1:
                let value = try expression()
                let conversion = try input.readText().first
                let spec = try input.readByte() == 1 ? try fstringParts() : nil
                let label = try input.readText()
                let hasLabel = try input.readByte() == 1
                parts.append(.field(value: value, conversion: conversion, spec: spec, selfDocumenting: hasLabel ? label : nil))
            default: throw CodecError.malformed("f-string part")
            }
        }
        return parts
    }

    mutating func comprehensions() throws(CodecError) -> [Comprehension] {
        var clauses: [Comprehension] = []
        for _ in 0..<(try input.readCount(minimumItemSize: 7)) {
            clauses.append(Comprehension(target: try expression(), iterable: try expression(), conditions: try expressions()))
        }
        return clauses
    }

    static func op<T: RawRepresentable>(_ text: String, _ type: T.Type) throws(CodecError) -> T where T.RawValue == String {
        guard let op = T(rawValue: text) else { throw CodecError.malformed("operator '\(text)'") }
        return op
    }

    mutating func expression() throws(CodecError) -> Expr {
        try enter()
        defer { depth -= 1 }
        let at = try location()
        let kind: Expr.Kind
        switch try input.readByte() {
        case 1: kind = .name(try input.readText())
        case 2: kind = .constant(try constant())
        case 3: kind = .fstring(try fstringParts())
        case 4:
            let op = try SyntaxDecoder.op(try input.readText(), UnaryOperator.self)
            kind = .unary(op, try expression())
        case 5:
            let op = try SyntaxDecoder.op(try input.readText(), BinaryOperator.self)
            let a = try expression()
            kind = .binary(op, a, try expression())
        case 6:
            let a = try expression()
            kind = .and(a, try expression())
        case 7:
            let a = try expression()
            kind = .or(a, try expression())
        case 8:
            let first = try expression()
            var steps: [Comparison] = []
            for _ in 0..<(try input.readCount(minimumItemSize: 4)) {
                let op = try SyntaxDecoder.op(try input.readText(), ComparisonOperator.self)
                steps.append(Comparison(op: op, operand: try expression()))
            }
            kind = .compare(first, steps)
        case 9:
            let test = try expression(), then = try expression()
            kind = .conditional(test: test, then: then, otherwise: try expression())
        case 10: kind = .lambda(try function())
        case 11:
            let callee = try expression()
            let arguments = try self.arguments()
            kind = .call(callee, arguments)
        case 12:
            let x = try expression()
            kind = .attribute(x, try input.readText())
        case 13:
            let x = try expression()
            kind = .subscript(x, try expression())
        case 14:
            let l = try optional(), u = try optional()
            kind = .slice(lower: l, upper: u, step: try optional())
        case 15: kind = .list(try expressions())
        case 16: kind = .tuple(try expressions())
        case 17: kind = .set(try expressions())
        case 18:
            var entries: [DictEntry] = []
            for _ in 0..<(try input.readCount(minimumItemSize: 4)) {
                switch try input.readByte() {
                case 0:
                    let k = try expression()
                    entries.append(.pair(k, try expression()))
                case 1: entries.append(.unpack(try expression()))
                default: throw CodecError.malformed("dict entry")
                }
            }
            kind = .dict(entries)
        case 19: kind = .starred(try expression())
        case 20:
            let x = try expression()
            kind = .listComprehension(x, try comprehensions())
        case 21:
            let x = try expression()
            kind = .setComprehension(x, try comprehensions())
        case 22:
            let k = try expression(), v = try expression()
            kind = .dictComprehension(key: k, value: v, try comprehensions())
        case 23:
            let x = try expression()
            kind = .generator(x, try comprehensions())
        case 24: kind = .yield(try optional())
        case 25: kind = .yieldFrom(try expression())
        case 26:
            let name = try input.readText()
            kind = .namedExpr(name, try expression())
        default:
            throw CodecError.malformed("expression tag")
        }
        return Expr(kind, at: at)
    }
}
