/// The "pieces" of a source text, as IPython 9's tracebacks (through `stack_data`) cut it: a frame shows the
/// whole piece holding its line and up to two pieces either side within its scope.
///
/// A piece is one statement's lines (a statement spanning several lines is one piece), a compound statement's
/// header with the comment lines up to its first body statement (with its decorators, for a definition), an
/// `else:`/`finally:` clause line with the comment lines around it, or a run of comment lines between
/// statements; blank lines at either end of a piece are left out. The cut is made from the text (brackets,
/// strings, `\` continuations and indentation), as `stack_data` makes it from the statements' line ranges.
struct SourcePieces {
    /// One logical line: a statement or header (`code`), or a comment or blank line.
    struct LogicalLine {
        /// First and last physical line, from 1.
        var first: Int
        var last: Int
        var indent: Int
        var isCode: Bool
        /// A compound statement's header (its text ends with `:`).
        var isHeader: Bool
        /// A decorator line (`@name`).
        var isDecorator: Bool
        /// An `else:` or `finally:` line, whose piece takes in the comment lines before it.
        var isClause: Bool
    }

    /// The pieces, as ranges of line numbers (from 1), in order.
    let pieces: [ClosedRange<Int>]
    let logical: [LogicalLine]

    init(_ lines: [String]) {
        let logical = Self.logicalLines(lines)
        self.logical = logical
        self.pieces = Self.cut(logical, lines: lines)
    }

    /// The line range of the definition whose header is on `line` (from its first decorator to the end of its
    /// last body statement), or nil when `line` starts no header.
    func definitionRange(at line: Int) -> ClosedRange<Int>? {
        guard var i = logical.firstIndex(where: { $0.isCode && $0.first <= line && line <= $0.last }) else { return nil }
        while i + 1 < logical.count, logical[i].isDecorator { i += 1 }
        guard logical[i].isHeader else { return nil }
        let header = logical[i]
        var start = header.first
        var j = i - 1
        while j >= 0, logical[j].isCode, logical[j].isDecorator, logical[j].indent == header.indent {
            start = logical[j].first
            j -= 1
        }
        var end = header.last
        var k = i + 1
        while k < logical.count {
            let next = logical[k]
            if next.isCode {
                if next.indent <= header.indent { break }
                end = next.last
            }
            k += 1
        }
        return start...end
    }

    // MARK: - Logical lines

    static func logicalLines(_ lines: [String]) -> [LogicalLine] {
        var result: [LogicalLine] = []
        var depth = 0
        var quote: (Character, Bool)?  // the open string's quote and whether it is triple
        var current: LogicalLine?
        var lastSignificant: Character = " "
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let chars = Array(line)
            if current == nil {
                let stripped = line.drop { $0 == " " || $0 == "\t" }
                if stripped.isEmpty || stripped.hasPrefix("#") {
                    result.append(LogicalLine(first: number, last: number, indent: 0, isCode: false, isHeader: false,
                                              isDecorator: false, isClause: false))
                    continue
                }
                let indent = line.count - stripped.count
                let word = stripped.prefix { $0.isLetter || $0 == "_" }
                current = LogicalLine(first: number, last: number, indent: indent, isCode: true, isHeader: false,
                                      isDecorator: stripped.hasPrefix("@"),
                                      isClause: word == "else" || word == "finally")
                lastSignificant = " "
            }
            var continued = false
            var i = 0
            while i < chars.count {
                let c = chars[i]
                if let (q, triple) = quote {
                    if c == "\\" { i += 2; continue }
                    if c == q {
                        if !triple {
                            quote = nil
                        } else if i + 2 < chars.count, chars[i + 1] == q, chars[i + 2] == q {
                            quote = nil
                            i += 3
                            lastSignificant = q
                            continue
                        }
                    }
                    i += 1
                    continue
                }
                switch c {
                case "#":
                    i = chars.count
                    continue
                case "'", "\"":
                    let triple = i + 2 < chars.count && chars[i + 1] == c && chars[i + 2] == c
                    quote = (c, triple)
                    i += triple ? 3 : 1
                    lastSignificant = c
                    continue
                case "(", "[", "{": depth += 1
                case ")", "]", "}": depth = max(0, depth - 1)
                case "\\" where i == chars.count - 1: continued = true
                default: break
                }
                if c != " " && c != "\t" && !(c == "\\" && continued) { lastSignificant = c }
                i += 1
            }
            if quote.map({ !$0.1 }) == true { quote = nil }  // an unclosed one-line string ends with its line
            current?.last = number
            if depth == 0 && quote == nil && !continued, var done = current {
                done.isHeader = lastSignificant == ":" && !done.isDecorator
                result.append(done)
                current = nil
            }
        }
        if let current { result.append(current) }
        return result
    }

    // MARK: - Pieces

    static func cut(_ logical: [LogicalLine], lines: [String]) -> [ClosedRange<Int>] {
        var raw: [(Int, Int)] = []
        var i = 0
        while i < logical.count {
            let line = logical[i]
            if !line.isCode {
                // A run of comment and blank lines: a piece of its own, unless an `else:`/`finally:` follows.
                var j = i
                while j < logical.count, !logical[j].isCode { j += 1 }
                if j < logical.count, logical[j].isClause {
                    i = j
                    raw.append((line.first, absorbHeader(logical, &i)))
                } else {
                    raw.append((line.first, logical[j - 1].last))
                    i = j
                }
                continue
            }
            if line.isDecorator || line.isHeader {
                raw.append((line.first, absorbHeader(logical, &i)))
                continue
            }
            raw.append((line.first, line.last))
            i += 1
        }
        func isBlank(_ n: Int) -> Bool {
            n >= 1 && n <= lines.count && lines[n - 1].allSatisfy { $0 == " " || $0 == "\t" }
        }
        return raw.compactMap { range in
            var (start, end) = range
            while start <= end, isBlank(start) { start += 1 }
            while end >= start, isBlank(end) { end -= 1 }
            return start <= end ? start...end : nil
        }
    }

    /// From the decorator or header at `i`: through the decorators and the header, and the comment and blank
    /// lines after it up to the first body statement. Leaves `i` at that statement; returns the last line.
    static func absorbHeader(_ logical: [LogicalLine], _ i: inout Int) -> Int {
        var last = logical[i].last
        while i < logical.count, logical[i].isCode, logical[i].isDecorator {
            last = logical[i].last
            i += 1
        }
        if i < logical.count, logical[i].isCode, logical[i].isHeader {
            last = logical[i].last
            i += 1
            while i < logical.count, !logical[i].isCode {
                last = logical[i].last
                i += 1
            }
        }
        return last
    }
}
