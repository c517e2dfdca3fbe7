/// Colours Python source as IPython's `Linux` scheme colours it (keywords bright green, strings bright blue,
/// numbers bright cyan, operators yellow, comments bright red), adding only escape sequences: the characters
/// and their columns stay as typed, so the line editor can paint the colours over its own plain drawing.
/// Text left open (a string not yet closed) is coloured as far as it goes.
enum InputHighlighter {
    static let keywordColor = "1;32"
    static let stringColor = "1;34"
    static let numberColor = "1;36"
    static let operatorColor = "0;33"
    static let commentColor = "1;31"

    static let keywords: Set<Substring> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    /// `text` with colour sequences around its tokens.
    static func highlight(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var i = 0
        func emit(_ range: Range<Int>, _ color: String?) {
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[range])
            guard let color else { return out += String(piece) }
            out += "\u{1B}[\(color)m" + String(piece) + "\u{1B}[0m"
        }
        while i < scalars.count {
            let c = scalars[i]
            let start = i
            if c == "#" {
                while i < scalars.count && scalars[i] != "\n" { i += 1 }
                emit(start..<i, commentColor)
            } else if let end = stringEnd(scalars, from: i) {
                i = end
                emit(start..<i, stringColor)
            } else if isIdentifierStart(c) {
                while i < scalars.count && isIdentifierPart(scalars[i]) { i += 1 }
                if i < scalars.count, scalars[i] == "'" || scalars[i] == "\"", i - start <= 2,
                   String(String.UnicodeScalarView(scalars[start..<i])).lowercased().allSatisfy({ "rbfu".contains($0) }),
                   let end = stringEnd(scalars, from: i) {
                    i = end
                    emit(start..<i, stringColor)
                    continue
                }
                let word = Substring(String(String.UnicodeScalarView(scalars[start..<i])))
                emit(start..<i, keywords.contains(word) ? keywordColor : nil)
            } else if c.properties.numericType != nil && c.isASCII
                        || (c == "." && i + 1 < scalars.count && scalars[i + 1].isASCII && scalars[i + 1].properties.numericType != nil) {
                i += 1
                while i < scalars.count && (isIdentifierPart(scalars[i]) || scalars[i] == "."
                        || ((scalars[i] == "+" || scalars[i] == "-") && (scalars[i - 1] == "e" || scalars[i - 1] == "E"))) {
                    i += 1
                }
                emit(start..<i, numberColor)
            } else if "+-*/%=<>!&|^~@:".unicodeScalars.contains(c) {
                while i < scalars.count && "+-*/%=<>!&|^~@".unicodeScalars.contains(scalars[i]) && i - start < 3 { i += 1 }
                if i == start { i += 1 }
                emit(start..<i, operatorColor)
            } else {
                i += 1
                emit(start..<i, nil)
            }
        }
        return out
    }

    /// Where the string literal starting at `i` ends (after its closing quote, or at the end of the text or
    /// line when it is not closed yet), or nil when no string starts there.
    static func stringEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        guard i < s.count, s[i] == "'" || s[i] == "\"" else { return nil }
        let quote = s[i]
        let triple = i + 2 < s.count && s[i + 1] == quote && s[i + 2] == quote
        var j = i + (triple ? 3 : 1)
        while j < s.count {
            if s[j] == "\\" { j += 2; continue }
            if !triple && s[j] == "\n" { return j }
            if s[j] == quote {
                if !triple { return j + 1 }
                if j + 2 < s.count && s[j + 1] == quote && s[j + 2] == quote { return j + 3 }
            }
            j += 1
        }
        return s.count
    }

    static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool { c == "_" || c.properties.isAlphabetic }
    static func isIdentifierPart(_ c: Unicode.Scalar) -> Bool { isIdentifierStart(c) || c.properties.numericType != nil }
}
