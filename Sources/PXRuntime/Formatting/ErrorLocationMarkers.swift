import PXLang

/// The line of `^`/`~` markers that CPython 3.11 draws under a traceback's source line (PEP 657): `^` under
/// the span of the expression that raised; for a binary operation `~` under its operands and `^` under the
/// operator, for a subscript `~` under the container and `^` under the brackets. No line when the span covers
/// the whole stripped line.
public enum ErrorLocationMarkers {
    /// The marker line for `span` under line `lineNumber`, whose text (with its indentation) is `text`; nil when
    /// Python draws none. Columns count characters (Unicode scalars), as the spans do.
    public static func line(for span: SourceSpan, lineNumber: Int, text: String) -> String? {
        guard span.start.line == lineNumber, span.end.line >= lineNumber else { return nil }
        let characters = Array(text.unicodeScalars)
        let isSpace: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace }
        let indent = characters.prefix(while: isSpace).count
        let trailing = characters.reversed().prefix(while: isSpace).count
        let strippedCount = max(0, characters.count - indent - trailing)
        let start = span.start.column - 1
        let sameLine = span.end.line == lineNumber
        let end = sameLine ? span.end.column - 1 : characters.count - trailing
        guard start >= indent, start < end, end <= characters.count else { return nil }
        let anchors = sameLine ? self.anchors(String(String.UnicodeScalarView(characters[start..<end]))) : nil
        let secondary = anchors.map { $0.upperBound > $0.lowerBound } ?? false
        guard end - start < strippedCount || secondary else { return nil }
        // Wide characters (CJK, emoji) take two columns, as CPython 3.11 draws them.
        let width = { (range: Range<Int>) in characters[range].reduce(0) { $0 + (WideCharacters.isWide($1) ? 2 : 1) } }
        var marks = "    " + String(repeating: " ", count: width(indent..<start))
        if let anchors {
            let operatorStart = start + anchors.lowerBound, operatorEnd = min(end, start + anchors.upperBound)
            marks += String(repeating: "~", count: width(start..<operatorStart))
                + String(repeating: "^", count: width(operatorStart..<operatorEnd))
                + String(repeating: "~", count: width(operatorEnd..<end))
        } else {
            marks += String(repeating: "^", count: width(start..<end))
        }
        return marks
    }

    /// The `^` part inside `segment` (offsets from its start) when it is one binary operation (its operator) or
    /// one subscript (from `[` to the end), as CPython's `_extract_caret_anchors_from_line_segment`; nil otherwise.
    static func anchors(_ segment: String) -> Range<Int>? {
        let parsed = Parser.parse(segment)
        guard parsed.isSuccess, parsed.program.count == 1, case .expression(let expr) = parsed.program[0].kind else {
            return nil
        }
        let characters = Array(segment.unicodeScalars)
        switch expr.kind {
        case .binary(_, _, let right):
            let operatorStart = expr.location.column - 1
            let rightStart = (right.span?.start ?? right.location).column - 1
            guard operatorStart >= 0, operatorStart < characters.count else { return nil }
            var operatorEnd = operatorStart + 1
            if operatorStart + 1 < min(rightStart, characters.count), !characters[operatorStart + 1].properties.isWhitespace {
                operatorEnd += 1
            }
            return operatorStart..<operatorEnd
        case .subscript:
            let bracket = expr.location.column - 1
            guard bracket >= 0, bracket < characters.count else { return nil }
            return bracket..<characters.count
        default:
            return nil
        }
    }
}
