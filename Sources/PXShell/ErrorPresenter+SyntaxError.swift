import PXRuntime

extension ErrorPresenter {
    /// The end of the traceback of a `SyntaxError` raised while running (by `import`, `exec`, `eval` or
    /// `compile`), as Python prints it: the file and line, the line's text with a caret under the offset, then
    /// `SyntaxError: msg`. Nil for other exceptions and for syntax errors without a line number.
    static func syntaxErrorTail(_ exception: ExceptionObject) -> [String]? {
        guard exception.type.isSubtype(of: BuiltinTypes.syntaxError),
              case .int(let lineNumber)? = exception.attributes["lineno"] else { return nil }
        let file = if case .str(let name)? = exception.attributes["filename"] { name } else { "<string>" }
        var lines = ["  File \"\(file)\", line \(lineNumber)"]
        if case .str(let text)? = exception.attributes["text"] {
            let withoutNewlines = text.reversed().drop { $0 == "\n" }.reversed()
            let shown = withoutNewlines.drop { $0 == " " || $0 == "\n" || $0 == "\u{0C}" }
            lines.append("    " + String(shown))
            if case .int(let offset)? = exception.attributes["offset"] {
                let column = offset - 1 - (withoutNewlines.count - shown.count)
                if column >= 0 {
                    let indent = shown.prefix(column).map { $0.isWhitespace ? String($0) : " " }.joined()
                    lines.append("    " + indent + String(repeating: " ", count: max(0, column - shown.count)) + "^")
                }
            }
        }
        let message = if case .str(let text)? = exception.attributes["msg"] { text } else { "<no detail available>" }
        lines.append("\(exception.type.qualifiedName): \(message)")
        return lines
    }
}
