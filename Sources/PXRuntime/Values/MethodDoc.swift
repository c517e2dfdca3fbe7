/// The documentation of one method of a native object: what `help(lv.map)` and `lv.map?` show, and where
/// Tab completion inside a call finds the keyword names.
public struct MethodDoc: Sendable, Equatable {
    /// The parameter list as Python prints it, parentheses included: `(f, *sequences, block=None)`.
    public let parameters: String
    /// The docstring.
    public let doc: String

    /// Creates a method's documentation.
    public init(_ parameters: String, _ doc: String) {
        self.parameters = parameters
        self.doc = doc
    }

    /// The names that can be passed by keyword: every parameter before `**`, except `*args`, `/` and `*`.
    public var keywordNames: [String] {
        var names: [String] = []
        var depth = 0
        var current = ""
        func finish() {
            let word = current.trimming(" ")
            current = ""
            guard let first = word.first, first != "*", first != "/" else { return }
            let name = word.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !name.isEmpty { names.append(String(name)) }
        }
        for c in parameters.dropFirst().dropLast() {
            switch c {
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            case "," where depth == 0:
                finish()
                continue
            default: break
            }
            current.append(c)
        }
        finish()
        return names
    }
}

/// A native object whose methods are documented (client objects): `help`, `?` and keyword completion use it.
public protocol MethodDocumenting: AnyObject {
    /// The documentation of `method`, or nil if it has none.
    func methodDoc(for method: String) -> MethodDoc?
}

/// A native object that describes its state for `obj?` (a view's targets, a result's progress).
public protocol StateDescribing: AnyObject {
    /// Titled lines (`("Targets", "[0, 1]")`) shown after the type and string form.
    var stateFields: [(title: String, text: String)] { get }
}
