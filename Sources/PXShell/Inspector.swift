import PXLang
import PXRuntime

/// `obj?` and `obj??`: the fields IPython's inspector shows (signature, docstring, source, file, type, string
/// form, length), plus the state of client objects, laid out as IPython lays them out.
struct Inspector {
    /// How much to show: `?` (0) or `??` (1, with the source of functions defined in the language).
    let detail: Int
    /// Finds the source lines of a function from its file name and first line (typed cells, files).
    let sourceLines: (_ fileName: String, _ line: Int) -> [String]?

    /// The object named and the detail level of an introspection request (`x?`, `x??`, `?x`, `??x`), or nil
    /// when the line is not one.
    static func request(_ line: String) -> (name: String, detail: Int)? {
        let trimmed = line.trimming(" \t")
        guard !trimmed.contains("\n") else { return nil }
        var name = Substring(trimmed)
        var marks = 0
        if name.hasSuffix("?") {
            while name.hasSuffix("?") && marks < 2 {
                name = name.dropLast()
                marks += 1
            }
        } else if name.hasPrefix("?") {
            while name.hasPrefix("?") && marks < 2 {
                name = name.dropFirst()
                marks += 1
            }
        }
        let text = String(name).trimming(" \t")
        guard marks > 0, !text.isEmpty else { return nil }
        return (text, marks - 1)
    }

    /// Whether `text` names an object without calling anything: dotted names with literal subscripts
    /// (`lv.map`, `rc[0].apply`, `d['key']`), as IPython accepts.
    static func isObjectName(_ text: String) -> Bool {
        let parsed = Parser.parse(text)
        guard parsed.isSuccess, parsed.program.count == 1, case .expression(let expr) = parsed.program[0].kind else {
            return false
        }
        return isNamePath(expr)
    }

    static func isNamePath(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .name: return true
        case .attribute(let base, _): return isNamePath(base)
        case .subscript(let base, let index):
            switch index.kind {
            case .constant(.int), .constant(.string), .unary: return isNamePath(base)
            default: return false
            }
        default: return false
        }
    }

    /// The fields for `value`, named `name` as typed.
    func fields(for value: Value, name: String, _ vm: Interpreter) -> [(String, String)] {
        var fields: [(String, String)] = []
        func add(_ title: String, _ text: String?) {
            if let text, !text.isEmpty { fields.append((title, text)) }
        }
        let typeName = value.typeName
        switch value {
        case .function(let f):
            add("Signature", Self.rendered(name, signatureTail(Help.signature(f))))
            let source = detail > 0 ? functionSource(f) : nil
            addDocstring(f.doc.map(Help.cleanDoc), unlessIn: source, add)
            add("Source", source)
            add("File", f.fileName.hasPrefix("<") ? nil : f.fileName)
            add("Type", typeName)
        case .builtin(let b):
            if Help.hasSignature(b) { add("Signature", Self.rendered(name, signatureTail(Help.signature(b)))) }
            let doc = Help.doc(b)
            add("Docstring", doc.isEmpty ? "<no docstring>" : Help.cleanDoc(doc))
            // CPython's kind of the function: a method taken from a built-in type (`dict.get`) is a method
            // descriptor, `random.randint` a method of random's hidden instance, `os.path.join` a function.
            add("Type", Help.kind(b) ?? (b.owner == nil ? typeName : "method_descriptor"))
        case .boundMethod(let m):
            var parameters: String?
            var doc: String?
            var source: String?
            let builtinMethod = Help.boundBuiltinMethod(m.name, of: m.receiver.type)
            switch m.function {
            case .function(let f)?:
                parameters = signatureTail(Help.signature(f, droppingFirst: true))
                doc = f.doc.map(Help.cleanDoc)
                if detail > 0 { source = functionSource(f) }
            case _ where builtinMethod != nil:
                // A method of a built-in type: CPython's signature without `self`, and its docstring.
                parameters = builtinMethod?.parameters
                doc = builtinMethod.map { Help.cleanDoc($0.doc) }
            case .builtin(let b)?:
                doc = b.doc.isEmpty ? nil : Help.cleanDoc(b.doc)
            default:
                if case .object(let o) = m.receiver, let found = (o as? any MethodDocumenting)?.methodDoc(for: m.name) {
                    parameters = found.parameters
                    doc = Help.cleanDoc(found.doc)
                }
            }
            add("Signature", parameters.map { Self.rendered(name, $0) })
            addDocstring(doc, unlessIn: source, add)
            add("Source", source)
            add("Type", typeName)
        case .type(let t):
            add("Init signature", initSignature(t, name: name))
            let source = detail > 0 ? classSource(t) : nil
            // As inspect.getdoc: the first docstring along the MRO, short of object's (a built-in class's is
            // CPython's).
            let doc = t.fullMRO.lazy.filter { $0 !== BuiltinTypes.object || t === BuiltinTypes.object }
                .map { Help.classDoc($0) }.first { !$0.isEmpty }
            addDocstring(doc.map(Help.cleanDoc), unlessIn: source, add)
            add("Source", source)
            add("File", t.definitionSite.flatMap { $0.fileName.hasPrefix("<") ? nil : $0.fileName })
            add("Type", "type")
            // IPython lists the direct subclasses (ten at most), and prints the title even when there are none.
            let names = vm.subclasses(of: t).map(\.name)
            fields.append(("Subclasses", (names.count < 10 ? names : names.prefix(10) + ["..."]).joined(separator: ", ")))
        case .module(let m):
            add("Type", "module")
            add("String form", ValueFormatter.repr(value, vm))
            add("Docstring", m.doc.isEmpty ? "<no docstring>" : Help.cleanDoc(m.doc))
        default:
            add("Type", typeName)
            add("String form", Inspector.shortened(ValueFormatter.str(value, vm)))
            if case .object(let o) = value, let state = o as? any StateDescribing {
                for field in state.stateFields { add(field.title, field.text) }
            }
            if let len = vm.registry.builtins["len"], case .int(let length)? = try? vm.call(len, value) {
                add("Length", String(length))
            }
            let doc = value.type.doc
            add("Docstring", doc.isEmpty ? "<no docstring>" : Help.cleanDoc(doc))
        }
        return fields
    }

    /// The docstring field, left out (as IPython does) when the source shown already holds it.
    func addDocstring(_ doc: String?, unlessIn source: String?, _ add: (String, String?) -> Void) {
        let text = doc ?? "<no docstring>"
        if let source, source.contains(text) { return }
        add("Docstring", text)
    }

    /// `(x, y=2)` from `f(x, y=2)`.
    func signatureTail(_ signature: String) -> String {
        String(signature.drop { $0 != "(" })
    }

    /// `name` followed by `tail` (`(x, y=2) -> int`) as IPython renders a signature: on one line, or, when the name,
    /// the parameters and a comma and space after each exceed 75 characters, one parameter a line.
    static func rendered(_ name: String, _ tail: String) -> String {
        guard let (parameters, rest) = Help.splitParameters(tail),
              name.count + parameters.reduce(0, { $0 + $1.count + 2 }) > 75 else { return name + tail }
        return name + "(\n" + parameters.map { "    \($0),\n" }.joined() + ")" + rest
    }

    /// IPython's `Init signature`: the parameters of the `__init__` the class has or inherits from a class defined
    /// in the language, else CPython's for the first built-in class in its MRO (`float(x=0, /)`, `int(self, /,
    /// *args, **kwargs)`); nil for a native type CPython does not have.
    func initSignature(_ t: TypeObject, name: String) -> String? {
        for c in t.fullMRO {
            if c.isUserDefined {
                guard case .function(let f)? = c.attributes["__init__"] else { continue }
                return Self.rendered(name, signatureTail(Help.signature(f, droppingFirst: true)))
            }
            if let parameters = Help.classInitParameters(c) { return Self.rendered(name, parameters) }
            if c === t { return nil }
        }
        return "\(name)()"
    }

    /// The lines of a function's definition, from its `def` line to the end of its indented body.
    func functionSource(_ f: Function) -> String? {
        if f.definition.isLambda { return sourceLines(f.fileName, f.definition.location.line)?.first }
        return blockSource(fileName: f.fileName, line: f.definition.location.line)
    }

    /// The lines of a class statement, from its `class` line to the end of its body.
    func classSource(_ t: TypeObject) -> String? {
        t.definitionSite.flatMap { blockSource(fileName: $0.fileName, line: $0.line) }
    }

    /// The lines of the compound statement that starts at `line` of `fileName`, to the end of its indented body.
    func blockSource(fileName: String, line first: Int) -> String? {
        guard let lines = sourceLines(fileName, first), let head = lines.first else { return nil }
        let margin = head.prefix { $0 == " " || $0 == "\t" }.count
        var body = [head]
        for line in lines.dropFirst() {
            let isBlank = line.trimming(" \t").isEmpty
            if !isBlank && line.prefix(while: { $0 == " " || $0 == "\t" }).count <= margin { break }
            body.append(line)
        }
        while body.last?.trimming(" \t").isEmpty == true { body.removeLast() }
        let common = body.map { $0.isEmpty ? $0 : String($0.dropFirst(margin)) }
        return common.joined(separator: "\n")
    }

    /// IPython's string form: over 200 characters, the first and last 100 around `<...>`.
    static func shortened(_ text: String) -> String {
        guard text.count > 200 else { return text }
        return String(text.prefix(100)) + " <...> " + String(text.suffix(100))
    }

    /// The fields as IPython prints them: `Title:` padded to the longest title, then the text on the same line,
    /// or on the next lines when it has several.
    static func format(_ fields: [(String, String)], header: (String) -> String = { $0 }) -> String {
        let width = fields.map(\.0.count).max() ?? 0
        return fields.map { title, text in
            let body = text.trimming("\n")
            let delimiter = body.contains("\n") ? "\n" : " "
            return header(title + ":") + String(repeating: " ", count: width - title.count) + delimiter + body
        }.joined(separator: "\n")
    }
}
