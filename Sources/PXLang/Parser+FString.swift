// MARK: - f-strings

extension Parser {
    /// Splits an f-string body into literal parts and replacement fields, parsing each field's expression.
    mutating func parseFStringBody(_ body: FStringBody) throws -> [FStringPart] {
        var scanner = FStringScanner(scalars: Array(body.raw.unicodeScalars), origin: body.contentStart)
        do {
            return try scanner.parseParts(isRaw: body.isRaw, inSpec: false, parser: &self)
        } catch let error as FStringScanner.Failure {
            try fail(.unterminatedFString, detail: error.message, at: error.location)
        }
    }
}

/// Walks the characters of an f-string body.
struct FStringScanner {
    struct Failure: Error {
        var message: String
        var location: SourceLocation
    }

    let scalars: [Unicode.Scalar]
    var position = 0
    var location: SourceLocation

    init(scalars: [Unicode.Scalar], origin: SourceLocation) {
        self.scalars = scalars
        self.location = origin
    }

    var atEnd: Bool { position >= scalars.count }
    var current: Unicode.Scalar? { atEnd ? nil : scalars[position] }
    func peek(_ offset: Int) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    mutating func advance() {
        if scalars[position] == "\n" {
            location = SourceLocation(line: location.line + 1, column: 1)
        } else {
            location.column += 1
        }
        position += 1
    }

    /// Parses literal text and fields until the end, or until a closing `}` when inside a format spec.
    mutating func parseParts(isRaw: Bool, inSpec: Bool, parser: inout Parser) throws -> [FStringPart] {
        var parts: [FStringPart] = []
        var literal = ""
        func flush() {
            if !literal.isEmpty {
                parts.append(.literal(isRaw ? literal : LiteralEscapes.process(literal).text))
                literal = ""
            }
        }
        while let c = current {
            if c == "{" {
                if peek(1) == "{" && !inSpec {
                    literal.append("{")
                    advance()
                    advance()
                    continue
                }
                flush()
                parts.append(try parseField(isRaw: isRaw, parser: &parser))
                continue
            }
            if c == "}" {
                if inSpec { break }
                if peek(1) == "}" {
                    literal.append("}")
                    advance()
                    advance()
                    continue
                }
                throw Failure(message: "single '}' is not allowed", location: location)
            }
            literal.unicodeScalars.append(c)
            advance()
        }
        flush()
        return parts
    }

    mutating func parseField(isRaw: Bool, parser: inout Parser) throws -> FStringPart {
        let open = location
        advance()  // '{'
        let exprStart = location
        var text = ""
        var depth = 0
        var quote: Unicode.Scalar?
        var selfDocumenting: String?
        while let c = current {
            if let q = quote {
                text.unicodeScalars.append(c)
                advance()
                if c == q { quote = nil }
                continue
            }
            if c == "'" || c == "\"" {
                quote = c
            } else if "([{".unicodeScalars.contains(c) {
                depth += 1
            } else if ")]".unicodeScalars.contains(c) || (c == "}" && depth > 0) {
                depth -= 1
            } else if depth == 0 {
                if c == "}" || c == ":" { break }
                if c == "!" && peek(1) != "=" { break }
                if c == "=" && peek(1) != "=" {
                    let previous = text.unicodeScalars.last
                    if previous.map({ !"=!<>".unicodeScalars.contains($0) }) ?? true {
                        advance()
                        selfDocumenting = text + "="
                        while current == " " {
                            selfDocumenting! += " "
                            advance()
                        }
                        break
                    }
                }
            }
            text.unicodeScalars.append(c)
            advance()
        }
        if atEnd { throw Failure(message: "expecting '}'", location: open) }
        if text.trimmingSpaces.isEmpty { throw Failure(message: "valid expression required before '}'", location: open) }
        let (parsed, diagnostics) = Parser.parseExpression("(" + text + ")",
                                                           at: SourceLocation(line: exprStart.line,
                                                                              column: exprStart.column - 1),
                                                           insideFunction: parser.functionDepth > 0)
        guard let value = parsed else {
            let first = diagnostics.first
            throw Failure(message: first.map { $0.message } ?? "invalid expression", location: first?.location ?? open)
        }
        var conversion: Character?
        if current == "!" {
            advance()
            guard let c = current, "rsa".unicodeScalars.contains(c) else {
                throw Failure(message: "invalid conversion character: expected 's', 'r', or 'a'", location: location)
            }
            conversion = Character(c)
            advance()
        }
        var spec: [FStringPart]?
        if current == ":" {
            advance()
            spec = try parseParts(isRaw: isRaw, inSpec: true, parser: &parser)
        }
        guard current == "}" else { throw Failure(message: "expecting '}'", location: open) }
        advance()
        if selfDocumenting != nil && conversion == nil && spec == nil { conversion = "r" }
        return .field(value: value, conversion: conversion, spec: spec, selfDocumenting: selfDocumenting)
    }
}

extension String {
    var trimmingSpaces: Substring {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" || s.first == "\n" { s.removeFirst() }
        while s.last == " " || s.last == "\t" || s.last == "\n" { s.removeLast() }
        return s
    }
}
