import PXLang

/// The source text of a cell or file as lines of Unicode scalars, and where expressions parsed from it start
/// and end: the parser records only where a node starts (a binary operation at its operator, an attribute at
/// its name), so the extents are recovered from the text, as Python's `ast` positions give them (a node that
/// takes a parenthesized operand starts at the parenthesis).
struct SourceSpans {
    /// A position: 1-based line, 0-based scalar offset.
    struct Position: Comparable {
        var line: Int
        var column: Int
        static func < (a: Position, b: Position) -> Bool { (a.line, a.column) < (b.line, b.column) }
    }

    let lines: [[Unicode.Scalar]]

    init(_ lines: [String]) {
        self.lines = lines.map { Array($0.unicodeScalars) }
    }

    func character(_ p: Position) -> Unicode.Scalar? {
        guard p.line >= 1, p.line <= lines.count, p.column >= 0, p.column < lines[p.line - 1].count else { return nil }
        return lines[p.line - 1][p.column]
    }

    /// The position after `p`, moving to the next line at a line's end.
    func advance(_ p: Position) -> Position? {
        guard p.line >= 1, p.line <= lines.count else { return nil }
        if p.column + 1 < lines[p.line - 1].count { return Position(line: p.line, column: p.column + 1) }
        var line = p.line + 1
        while line <= lines.count, lines[line - 1].isEmpty { line += 1 }
        return line <= lines.count ? Position(line: line, column: 0) : nil
    }

    /// The position before `p`, moving to the previous line at a line's start.
    func retreat(_ p: Position) -> Position? {
        if p.column > 0 { return Position(line: p.line, column: p.column - 1) }
        var line = min(p.line - 1, lines.count)
        while line >= 1, lines[line - 1].isEmpty { line -= 1 }
        return line >= 1 ? Position(line: line, column: lines[line - 1].count - 1) : nil
    }

    /// The first position at or after `p` that is not white space.
    func skipSpace(from p: Position?) -> Position? {
        var p = p
        while let q = p, let c = character(q), c == " " || c == "\t" || c == "\\" { p = advance(q) }
        return p
    }

    /// The last position at or before `p` that is not white space.
    func skipSpaceBack(from p: Position?) -> Position? {
        var p = p
        while let q = p, let c = character(q), c == " " || c == "\t" || c == "\\" { p = retreat(q) }
        return p
    }

    /// The text from `start` up to (not including) `end`, lines joined by newlines.
    func text(_ start: Position, _ end: Position) -> String {
        var out = String.UnicodeScalarView()
        var p: Position? = start
        while let q = p, q < end {
            if let c = character(q) { out.append(c) }
            let next = advance(q)
            if let next, next.line != q.line, next < end { out.append("\n") }
            p = next
        }
        return String(out)
    }

    /// The position after the bracket that closes the one at `open` (skipping strings), or nil.
    func afterClosing(_ open: Position) -> Position? {
        var depth = 0
        var p: Position? = open
        var quote: Unicode.Scalar?
        while let q = p, let c = character(q) {
            if let active = quote {
                if c == "\\" { p = advance(q); if let r = p { p = advance(r) }; continue }
                if c == active { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if "([{".unicodeScalars.contains(c) {
                depth += 1
            } else if ")]}".unicodeScalars.contains(c) {
                depth -= 1
                if depth == 0 { return Position(line: q.line, column: q.column + 1) }
            }
            p = advance(q)
        }
        return nil
    }

    /// The end of the literal token (a number, or strings, adjacent ones concatenated) starting at `p`.
    func endOfLiteral(_ p: Position) -> Position? {
        guard let first = character(p) else { return nil }
        var q = p
        let isWord = { (c: Unicode.Scalar) in c == "_" || c == "." || c.properties.isAlphabetic || ("0"..."9").contains(c) }
        if first.properties.isAlphabetic {
            var r = p
            while let c = character(r), c.properties.isAlphabetic || c == "_" { r.column += 1 }
            if let c = character(r), c == "'" || c == "\"" {} else { return r }  // True, None, False
        }
        if first.properties.isAlphabetic || first == "'" || first == "\"" {
            // A string, with a prefix (r, b, f …); adjacent strings belong to the same constant.
            var end: Position?
            while true {
                var r = q
                while let c = character(r), c.properties.isAlphabetic { r.column += 1 }
                guard let quote = character(r), quote == "'" || quote == "\"" else { return end }
                let line = lines[r.line - 1]
                let triple = r.column + 2 < line.count && line[r.column + 1] == quote && line[r.column + 2] == quote
                var s: Position? = Position(line: r.line, column: r.column + (triple ? 3 : 1))
                var closed: Position?
                while let t = s, let c = character(t) {
                    if c == "\\" { s = advance(t); if let u = s { s = advance(u) }; continue }
                    if c == quote {
                        if !triple { closed = Position(line: t.line, column: t.column + 1); break }
                        let l = lines[t.line - 1]
                        if t.column + 2 < l.count, l[t.column + 1] == quote, l[t.column + 2] == quote {
                            closed = Position(line: t.line, column: t.column + 3)
                            break
                        }
                    }
                    s = advance(t)
                }
                guard let closed else { return end }
                end = closed
                guard let next = skipSpace(from: closed), let c = character(next),
                      c == "'" || c == "\"" || (c.properties.isAlphabetic && next.line == closed.line) else { return end }
                q = next
            }
        }
        while let c = character(q) {
            if isWord(c) {
                q.column += 1
            } else if (c == "+" || c == "-"), q.column > 0, "eE".unicodeScalars.contains(lines[q.line - 1][q.column - 1]) {
                q.column += 1
            } else {
                break
            }
        }
        return q
    }
}
