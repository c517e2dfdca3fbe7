/// The text `help(x)` prints, in pydoc's layout, word-wrapped to the output's width.
public enum Help {
    static let overview = """
        Welcome to swiftpx's help.

        help(x) shows the documentation of a function, module or object, for example help(len) or
        help(math.sqrt). In the shell, %help lists the magic commands, %help NAME explains one, and
        x? or x?? shows an object's signature, docstring and state.

        """

    /// The help text for a value.
    /// - Parameter width: the column lines are wrapped at (the terminal's width).
    public static func text(for value: Value, _ vm: Interpreter, width: Int = 80) -> String {
        let width = max(width, 40)
        switch value {
        case .function(let f):
            var out = "Help on function \(f.name) in module \(moduleName(of: f)):\n\n"
            out += signature(f) + "\n"
            if let doc = f.doc { out += docBlock(doc, width: width) }
            return out + "\n"
        case .builtin(let b):
            // As pydoc describes what CPython has: `random.randint` is a method of random's hidden instance,
            // `os.path.join` a function of posixpath.
            let entry = cpythonEntry(b)
            let what = ["method": "method", "function": "function"][entry?.kind ?? ""] ?? "built-in function"
            let module = entry?.helpModule ?? b.module ?? "builtins"
            var out = "Help on \(what) \(b.name)\(module.isEmpty ? "" : " in module \(module)"):\n\n"
            out += signature(b) + (entry?.instance.map { " method of \($0) instance" } ?? "") + "\n"
            let doc = doc(b)
            if !doc.isEmpty { out += docBlock(doc, width: width) }
            return out + "\n"
        case .boundMethod(let m):
            return methodText(m, vm, width: width)
        case .module(let m):
            var out = "Help on built-in module \(m.name):\n\nNAME\n    \(m.name)\n\n"
            if !m.doc.isEmpty { out += "DESCRIPTION\n" + indent(wrap(cleanDoc(m.doc), width: width - 4)) + "\n\n" }
            let functions = m.order.filter {
                if case .builtin = m.attribute($0) { return true }
                if case .function = m.attribute($0) { return true }
                return false
            }.sorted()
            if !functions.isEmpty {
                out += "FUNCTIONS\n"
                for name in functions {
                    guard let v = m.attribute(name) else { continue }
                    if case .builtin(let b) = v {
                        out += "    " + signature(b) + "\n"
                        let doc = doc(b)
                        if !doc.isEmpty { out += indent(wrap(cleanDoc(doc), width: width - 8), by: 8) + "\n" }
                    } else if case .function(let f) = v {
                        out += "    " + signature(f) + "\n"
                    }
                    out += "\n"
                }
            }
            return out
        case .type(let t):
            var out = "Help on class \(t.name):\n\nclass \(t.name)"
            if let base = t.base { out += "(\(base.name))" }
            out += "\n"
            if !t.doc.isEmpty { out += indent(wrap(cleanDoc(t.doc), width: width - 4)) + "\n" }
            return out + "\n"
        case .object(let o):
            return objectText(o, width: width)
        default:
            return "Help on \(value.typeName) object:\n\n\(ValueFormatter.repr(value, vm))\n\n"
        }
    }

    /// The `__name__` of the module a function was defined in.
    static func moduleName(of f: Function) -> String {
        if case .str(let name)? = f.globals["__name__"] { return name }
        return "__main__"
    }

    /// pydoc's page for a bound method: `map(f, *sequences, …) method of ipyparallel.LoadBalancedView instance`.
    static func methodText(_ m: BoundMethod, _ vm: Interpreter, width: Int) -> String {
        let owner = m.receiver.type
        let ownerName = "\(owner.module ?? "builtins").\(owner.name)"
        var parameters = "(...)"
        var doc = ""
        if case .function = m.function {
        } else if let found = boundBuiltinMethod(m.name, of: owner) {
            // pydoc's page for a method of a built-in type.
            var out = "Help on built-in function \(m.name):\n\n"
            out += wrap("\(m.name)\(found.parameters ?? "(...)") method of \(ownerName) instance", width: width) + "\n"
            if !found.doc.isEmpty { out += docBlock(found.doc, width: width) }
            return out + "\n"
        }
        switch m.function {
        case .function(let f)?:
            parameters = String(signature(f, droppingFirst: true).drop { $0 != "(" })
            doc = f.doc.map(cleanDoc) ?? ""
        case .builtin(let b)?:
            doc = cleanDoc(b.doc)
        default:
            if case .object(let o) = m.receiver, let found = (o as? any MethodDocumenting)?.methodDoc(for: m.name) {
                parameters = found.parameters
                doc = cleanDoc(found.doc)
            }
        }
        var out = "Help on method \(m.name) in module \(owner.module ?? "builtins"):\n\n"
        out += wrap("\(m.name)\(parameters) method of \(ownerName) instance", width: width) + "\n"
        if !doc.isEmpty { out += docBlock(doc, width: width) }
        return out + "\n"
    }

    /// A docstring as pydoc prints it under a signature: cleaned, wrapped to `width`, indented by four, without
    /// trailing whitespace, and ended by a line break.
    static func docBlock(_ doc: String, width: Int) -> String {
        var text = indent(wrap(cleanDoc(doc), width: width - 4))
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text + "\n"
    }

    /// pydoc's page for a native object: its class, docstring, and documented methods, then other members.
    static func objectText(_ o: any NativeObject, width: Int) -> String {
        let type = o.pythonType
        var out = "Help on \(type.name) object:\n\nclass \(type.name)\n"
        let bar = " |  "
        func add(_ text: String, indent: Int = 0) {
            let pad = String(repeating: " ", count: indent)
            for line in wrap(text, width: width - bar.count - indent).split(separator: "\n", omittingEmptySubsequences: false) {
                out += line.isEmpty ? " |\n" : bar + pad + line + "\n"
            }
        }
        if !type.doc.isEmpty { add(cleanDoc(type.doc)) }
        let names = o.attributeNames.filter { !$0.hasPrefix("_") }
        let documenting = o as? any MethodDocumenting
        let methods = names.compactMap { name in documenting?.methodDoc(for: name).map { (name, $0) } }
            .sorted { $0.0 < $1.0 }
        if !methods.isEmpty {
            out += " |\n |  Methods:\n"
            for (name, doc) in methods {
                out += " |\n"
                add(name + doc.parameters)
                if !doc.doc.isEmpty { add(cleanDoc(doc.doc), indent: 4) }
            }
        }
        let documented = Set(methods.map(\.0))
        let others = names.filter { !documented.contains($0) }.sorted()
        if !others.isEmpty {
            out += " |\n |  \(methods.isEmpty ? "Members" : "Other members"):\n"
            add(others.joined(separator: ", "), indent: 4)
        }
        return out + "\n"
    }

    /// CPython's `len(obj, /)` for a built-in CPython documents (`math.sqrt` too; `sleep(...)`, as pydoc shows
    /// it, for one CPython has no signature for), `norm(xs: list[float]) -> float` for a typed registered
    /// function, `log(x, base)` for an untyped one.
    public static func signature(_ b: BuiltinFunction) -> String {
        if let entry = cpythonEntry(b) { return b.name + (entry.parameters ?? "(...)") }
        return b.name + (b.signature?.text ?? "(\(b.parameterNames.joined(separator: ", ")))")
    }

    /// Whether `obj?` shows a signature for the built-in: false for one CPython has none for (`time.sleep`,
    /// `max`), whose docstring starts with its forms instead.
    public static func hasSignature(_ b: BuiltinFunction) -> Bool {
        cpythonEntry(b).map { $0.parameters != nil } ?? true
    }

    /// The docstring of a built-in: CPython's whole docstring for one it documents, else its own.
    public static func doc(_ b: BuiltinFunction) -> String {
        cpythonEntry(b)?.doc ?? b.doc
    }

    /// CPython's kind of a built-in it documents (`type(f).__name__`): `builtin_function_or_method` for `len`,
    /// `method_descriptor` for `dict.get`, `method` for `random.randint`, `function` for `os.path.join`.
    public static func kind(_ b: BuiltinFunction) -> String? {
        cpythonEntry(b)?.kind
    }

    /// The parameters of CPython's `Init signature` of a built-in class (`(x=0, /)` for `float`), nil for a class
    /// CPython's `builtins` does not have.
    public static func classInitParameters(_ t: TypeObject) -> String? {
        guard !t.isUserDefined, t.module == nil else { return nil }
        return CPythonSignatures.classes[t.name]?.parameters
    }

    /// The docstring of a class: CPython's for a built-in class it documents, else the class's own.
    public static func classDoc(_ t: TypeObject) -> String {
        guard !t.isUserDefined, t.module == nil, let entry = CPythonSignatures.classes[t.name] else { return t.doc }
        return entry.doc
    }

    /// CPython's entry for an untyped built-in: `len`, `dict.get` (a method taken from its type), `math.sqrt`.
    static func cpythonEntry(_ b: BuiltinFunction) -> CPythonSignatures.Entry? {
        CPythonSignatures.byName[b.owner.map { "\($0.name).\(b.name)" } ?? b.qualifiedName]
    }

    /// The parameters and docstring of method `name` of a built-in type bound to an instance, as CPython shows
    /// them: `(object, /)` for `xs.append`, without `self`; nil parameters for one CPython has no signature for
    /// (`d.items`).
    public static func boundBuiltinMethod(_ name: String, of type: TypeObject) -> (parameters: String?, doc: String)? {
        guard !type.isUserDefined, let entry = CPythonSignatures.byName["\(type.name).\(name)"] else { return nil }
        return (entry.parameters.map(droppingFirstParameter), entry.doc)
    }

    /// `(key, default=None, /)` from `(self, key, default=None, /)`; `()` from `(self, /)`.
    static func droppingFirstParameter(_ parameters: String) -> String {
        guard let (list, rest) = splitParameters(parameters) else { return parameters }
        var parts = Array(list.dropFirst())
        if parts.first == "/" { parts.removeFirst() }
        return "(" + parts.joined(separator: ", ") + ")" + rest
    }

    /// The parameters of a signature's tail (`(a, b=(1, 2), *, c='x,y') -> int`), split at the commas outside
    /// brackets and quotes (`["a", "b=(1, 2)", "*", "c='x,y'"]`), and what follows its closing parenthesis
    /// (` -> int`); nil when the tail does not start with a parenthesis that closes.
    public static func splitParameters(_ tail: String) -> (parameters: [String], rest: Substring)? {
        guard tail.first == "(" else { return nil }
        var parts: [String] = []
        var current = ""
        var depth = 0
        var quote: Character?
        for i in tail.indices.dropFirst() {
            let c = tail[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if "([{".contains(c) {
                depth += 1
            } else if ")]}".contains(c) {
                if depth == 0 {
                    if !current.trimming(" ").isEmpty { parts.append(current.trimming(" ")) }
                    return (parts, tail[tail.index(after: i)...])
                }
                depth -= 1
            } else if c == "," && depth == 0 {
                parts.append(current.trimming(" "))
                current = ""
                continue
            }
            current.append(c)
        }
        return nil
    }

    /// `area(width, height=1)`, as `inspect.signature` prints it.
    /// - Parameter droppingFirst: leaves out the first parameter (`self` of a bound method).
    public static func signature(_ f: Function, droppingFirst: Bool = false) -> String {
        var parts: [String] = []
        var starred = false
        let parameters = f.definition.parameters
        for (i, p) in parameters.enumerated() where !(droppingFirst && i == 0) {
            defer {
                if p.isPositionalOnly, i + 1 == parameters.count || !parameters[i + 1].isPositionalOnly { parts.append("/") }
            }
            switch p.kind {
            case .normal, .keywordOnly:
                if p.kind == .keywordOnly && !starred {
                    parts.append("*")
                    starred = true
                }
                if let d = f.defaultValues[i] {
                    parts.append("\(p.name)=\(ValueFormatter.repr(d))")
                } else {
                    parts.append(p.name)
                }
            case .variadic:
                starred = true
                parts.append("*" + p.name)
            case .variadicKeywords:
                parts.append("**" + p.name)
            }
        }
        let name = f.definition.isLambda ? "<lambda>" : f.name
        return "\(name)(\(parts.joined(separator: ", ")))"
    }

    /// `inspect.cleandoc`: tabs expanded, the first line's leading whitespace and the common indentation of the
    /// other lines (those with text) removed, then empty lines at either end. As in CPython, a line of spaces
    /// stays when no other line sets the indentation (`"""Doc.\n    """` keeps its last line, as IPython shows it).
    public static func cleanDoc(_ doc: String) -> String {
        var lines = doc.split(separator: "\n", omittingEmptySubsequences: false).map(expandingTabs)
        var margin = Int.max
        for line in lines.dropFirst() {
            let content = line.drop(while: \.isWhitespace).count
            if content > 0 { margin = min(margin, line.count - content) }
        }
        if !lines.isEmpty { lines[0] = String(lines[0].drop(while: \.isWhitespace)) }
        if margin < Int.max {
            for i in lines.indices.dropFirst() { lines[i] = String(lines[i].dropFirst(margin)) }
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }

    /// `str.expandtabs()`: each tab becomes the spaces up to the next multiple of 8 columns.
    static func expandingTabs(_ line: Substring) -> String {
        guard line.contains("\t") else { return String(line) }
        var out = ""
        var column = 0
        for c in line {
            if c == "\t" {
                let spaces = 8 - column % 8
                out += String(repeating: " ", count: spaces)
                column += spaces
            } else {
                out.append(c)
                column += 1
            }
        }
        return out
    }

    /// Breaks every line longer than `width` at spaces, continuing at the line's own indentation; a word
    /// longer than the width stays whole.
    public static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.count > width else { return String(line) }
            let margin = String(line.prefix { $0 == " " })
            var lines: [String] = []
            var current = margin
            for word in line.dropFirst(margin.count).split(separator: " ") {
                if current.count > margin.count && current.count + 1 + word.count > width {
                    lines.append(current)
                    current = margin
                }
                current += (current.count > margin.count ? " " : "") + word
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    static func indent(_ text: String, by n: Int = 4) -> String {
        let pad = String(repeating: " ", count: n)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
    }
}
