/// The `keyword` module: Python's reserved words.
enum KeywordModule {
    /// `keyword.kwlist`, as CPython 3.11 lists it.
    static let keywords = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]
    /// `keyword.softkwlist`.
    static let softKeywords = ["_", "case", "match"]

    static func install(into r: Registry) {
        r.declareModule("keyword", doc: "Keywords (from \"Grammar/python.gram\")")
        r.register("keyword.kwlist", value: .list(keywords.map { .str($0) }))
        r.register("keyword.softkwlist", value: .list(softKeywords.map { .str($0) }))
        let words = Set(keywords), soft = Set(softKeywords)
        r.registerUnary("keyword.iskeyword", doc: "x.__contains__(y) <==> y in x.") { v, _ in
            if case .str(let s) = v { return .bool(words.contains(s)) }
            return .bool(false)
        }
        r.registerUnary("keyword.issoftkeyword", doc: "x.__contains__(y) <==> y in x.") { v, _ in
            if case .str(let s) = v { return .bool(soft.contains(s)) }
            return .bool(false)
        }
    }
}
