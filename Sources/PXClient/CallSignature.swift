import PXRuntime

/// A Python signature declared by its text as `inspect.signature` prints it (`(jobs=None, targets=None,
/// block=None)`), which binds a call's arguments as Python does and words every mismatch as Python's
/// `TypeError`.
///
/// The client objects declare each method this way, so an unknown keyword (`orderd=False`) fails as it fails
/// in ipyparallel, and `MemberTableTests` compares the declarations with ipyparallel's own signatures.
struct CallSignature: CustomStringConvertible {
    /// How a parameter takes its argument.
    enum Kind: Equatable {
        case positionalOrKeyword, keywordOnly, variadicPositional, variadicKeyword
    }

    /// One parameter.
    struct Parameter {
        let name: String
        let kind: Kind
        /// The default as written (`None`, `'all'`, `-1`), or nil when the parameter is required.
        let defaultText: String?
        /// The default as a value; `.none` for a default that is not a literal (`<built-in function min>`).
        let defaultValue: Value?
    }

    /// How errors name the callable: `Client.abort()` (Python names the function), or nil when ipyparallel
    /// wraps it in a decorator whose messages name nothing (`inspect.Signature.bind`'s wording).
    let functionName: String?
    /// Whether the callable is a method (Python counts `self` in "takes 1 to 4 positional arguments").
    let isMethod: Bool
    let parameters: [Parameter]

    /// Parses a signature's text.
    /// - Parameters:
    ///   - text: `(a, b=1, *args, c=None, **kwargs)`, as `inspect.signature` prints it.
    ///   - functionName: the name Python's errors use (`View.abort`), or nil for decorator-style messages.
    ///   - isMethod: whether Python counts a `self` parameter. Default: true.
    init(_ text: String, name functionName: String?, isMethod: Bool = true) {
        self.functionName = functionName
        self.isMethod = isMethod
        var parameters: [Parameter] = []
        var keywordOnly = false
        for part in Self.split(String(text.dropFirst().dropLast())) {
            if part == "*" {
                keywordOnly = true
                continue
            }
            if part.hasPrefix("**") {
                parameters.append(Parameter(name: String(part.dropFirst(2)), kind: .variadicKeyword, defaultText: nil,
                                            defaultValue: nil))
            } else if part.hasPrefix("*") {
                parameters.append(Parameter(name: String(part.dropFirst()), kind: .variadicPositional, defaultText: nil,
                                            defaultValue: nil))
                keywordOnly = true
            } else {
                let pieces = part.split(separator: "=", maxSplits: 1).map(String.init)
                let defaultText = pieces.count == 2 ? pieces[1] : nil
                parameters.append(Parameter(name: pieces[0], kind: keywordOnly ? .keywordOnly : .positionalOrKeyword,
                                            defaultText: defaultText, defaultValue: defaultText.map(Self.literal)))
            }
        }
        self.parameters = parameters
    }

    /// The signature as `inspect.signature` prints it (without `self`).
    var description: String {
        var parts: [String] = []
        var starred = false
        for p in parameters {
            switch p.kind {
            case .variadicPositional:
                parts.append("*" + p.name)
                starred = true
            case .variadicKeyword:
                parts.append("**" + p.name)
            case .keywordOnly:
                if !starred {
                    parts.append("*")
                    starred = true
                }
                parts.append(p.name + (p.defaultText.map { "=" + $0 } ?? ""))
            case .positionalOrKeyword:
                parts.append(p.name + (p.defaultText.map { "=" + $0 } ?? ""))
            }
        }
        return "(" + parts.joined(separator: ", ") + ")"
    }

    /// The names a caller may pass by keyword (for Tab completion).
    var keywordNames: [String] {
        parameters.filter { $0.kind == .positionalOrKeyword || $0.kind == .keywordOnly }.map(\.name)
    }

    // MARK: - Binding

    /// Binds a call's arguments to the parameters.
    /// - Throws: Python's `TypeError` for too many or too few arguments, an unknown keyword, or a repeated one.
    func bind(_ arguments: Arguments) throws -> BoundCall {
        var bound = BoundCall()
        let positional = parameters.filter { $0.kind == .positionalOrKeyword }
        let hasVariadic = parameters.contains { $0.kind == .variadicPositional }
        let hasKeywords = parameters.contains { $0.kind == .variadicKeyword }
        if arguments.count > positional.count && !hasVariadic {
            throw tooManyPositional(arguments.count, positional)
        }
        for (parameter, value) in zip(positional, arguments.positional) {
            bound.values[parameter.name] = value
            bound.given.insert(parameter.name)
        }
        if arguments.count > positional.count { bound.extraPositional = Array(arguments.positional[positional.count...]) }
        var unexpected: String?
        for (name, value) in arguments.keywords {
            if let parameter = parameters.first(where: { $0.name == name }),
               parameter.kind == .positionalOrKeyword || parameter.kind == .keywordOnly {
                if bound.given.contains(name) {
                    throw error(functionName == nil ? "multiple values for argument '\(name)'"
                                                    : "got multiple values for argument '\(name)'")
                }
                bound.values[name] = value
                bound.given.insert(name)
            } else if hasKeywords {
                bound.extraKeywords.append((name, value))
            } else if unexpected == nil {
                unexpected = name
            }
        }
        // Python's own calls report an unknown keyword first; `Signature.bind` reports missing arguments first.
        if let unexpected, functionName != nil { throw error("got an unexpected keyword argument '\(unexpected)'") }
        let missing = parameters.filter {
            ($0.kind == .positionalOrKeyword || $0.kind == .keywordOnly) && $0.defaultText == nil && !bound.given.contains($0.name)
        }
        if let first = missing.first {
            guard functionName != nil else { throw error("missing a required argument: '\(first.name)'") }
            let names = missing.filter { $0.kind == first.kind }.map { "'\($0.name)'" }
            let list = names.count == 1 ? names[0] : names.count == 2 ? names.joined(separator: " and ")
                : names.dropLast().joined(separator: ", ") + ", and " + names[names.count - 1]
            let kind = first.kind == .keywordOnly ? "keyword-only" : "positional"
            throw error("missing \(names.count) required \(kind) argument\(names.count == 1 ? "" : "s"): \(list)")
        }
        if let unexpected { throw error("got an unexpected keyword argument '\(unexpected)'") }
        for p in parameters where !bound.given.contains(p.name) {
            if let value = p.defaultValue { bound.values[p.name] = value }
        }
        return bound
    }

    func error(_ text: String) -> RuntimeError {
        RuntimeError.typeError((functionName.map { "\($0)() " } ?? "") + text)
    }

    func tooManyPositional(_ given: Int, _ positional: [Parameter]) -> RuntimeError {
        guard functionName != nil else { return error("too many positional arguments") }
        let offset = isMethod ? 1 : 0
        let most = positional.count + offset
        let least = positional.filter { $0.defaultText == nil }.count + offset
        let takes = least == most ? "takes \(most) positional argument\(most == 1 ? "" : "s")"
            : "takes from \(least) to \(most) positional arguments"
        let were = given + offset == 1 ? "was" : "were"
        return error("\(takes) but \(given + offset) \(were) given")
    }

    // MARK: - Parsing

    /// Splits a parameter list at top-level commas.
    static func split(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var quote: Character?
        for c in text {
            if let q = quote {
                current.append(c)
                if c == q { quote = nil }
                continue
            }
            switch c {
            case "'", "\"": quote = c
            case "(", "[", "{", "<": depth += 1
            case ")", "]", "}", ">": depth -= 1
            case "," where depth == 0:
                parts.append(current.trimming(" "))
                current = ""
                continue
            default: break
            }
            current.append(c)
        }
        if !current.trimming(" ").isEmpty { parts.append(current.trimming(" ")) }
        return parts
    }

    /// The value of a default written as a Python literal; None for anything else.
    static func literal(_ text: String) -> Value {
        switch text {
        case "None": return .none
        case "True": return .bool(true)
        case "False": return .bool(false)
        case "[]": return .list(ListObject())
        case "{}": return .dict(DictObject())
        case "()": return .tuple([])
        default: break
        }
        if let i = Int(text) { return .int(i) }
        if let d = Double(text) { return .float(d) }
        if text.count >= 2, let first = text.first, first == "'" || first == "\"", text.last == first {
            return .str(String(text.dropFirst().dropLast()))
        }
        if text.hasPrefix("b'"), text.hasSuffix("'") { return .bytes(Array(text.dropFirst(2).dropLast().utf8)) }
        return .none
    }
}

/// A call's arguments bound to a ``CallSignature``'s parameters.
struct BoundCall {
    /// Each parameter's argument, or its default.
    var values: [String: Value] = [:]
    /// The parameters the caller passed.
    var given: Set<String> = []
    /// Positional arguments beyond the named parameters (`*args`).
    var extraPositional: [Value] = []
    /// Keywords that are not parameters (`**kwargs`), in call order.
    var extraKeywords: [(name: String, value: Value)] = []

    /// The argument of `name` or its default (None when it has neither).
    subscript(name: String) -> Value { values[name] ?? .none }

    /// The argument of `name` when the caller passed one, or its default when that is not None.
    func optional(_ name: String) -> Value? {
        guard let value = values[name], !value.isNone else { return nil }
        return value
    }

    /// Whether the caller passed `name`.
    func isGiven(_ name: String) -> Bool { given.contains(name) }
}
