import PXLang

/// `dir` and `help`.
enum IntrospectionBuiltins {
    static func install(into r: Registry) {
        r.register("dir", doc: "Show attributes of an object, or the names in the current scope.") { args, vm in
            try args.check("dir", min: 0, max: 1)
            guard let value = args.positional.first else {
                return .list(ListObject(vm.globals.names.map { .str($0) }))
            }
            return .list(ListObject(attributeNames(value, vm).map { .str($0) }))
        }
        r.register("help", doc: "Show the documentation of an object.") { args, vm in
            try args.check("help", min: 0, max: 1)
            guard let value = args.positional.first else {
                vm.output.write(Help.overview, to: .stdout)
                return .none
            }
            vm.output.write(Help.text(for: value, vm), to: .stdout)
            return .none
        }
    }

    /// The sorted attribute names of a value, as `dir(value)` lists them.
    static func attributeNames(_ value: Value, _ vm: Interpreter) -> [String] {
        var names: Set<String> = []
        switch value {
        case .module(let m):
            names.formUnion(m.order)
            names.formUnion(["__doc__", "__name__"])
        case .instance(let i):
            names.formUnion(i.ownAttributes.map(\.0))
            names.formUnion(classAttributeNames(i.cls))
        case .type(let t) where t.isUserDefined || t === BuiltinTypes.object:
            names.formUnion(classAttributeNames(t))
        case .type(let t):
            names.formUnion(["__doc__", "__name__"])
            if let sample = sampleValue(of: t) { names.formUnion(MethodCatalog.methods(of: sample)) }
        case .function:
            names.formUnion(["__doc__", "__name__", "__qualname__", "__module__"])
        case .object(let o):
            names.formUnion(o.attributeNames)
        case .exception(let e):
            names.formUnion(["args"])
            names.formUnion(e.attributes.keys)
            names.formUnion(MethodCatalog.methods(of: value))
        default:
            names.formUnion(MethodCatalog.methods(of: value))
            names.formUnion(["__class__", "__doc__"])
        }
        return names.sorted()
    }

    /// What `object` contributes to `dir()` (CPython 3.11).
    static let objectAttributeNames = [
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
        "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__",
        "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
    ]

    /// The attribute names of a class and its bases, as `dir(cls)` lists them.
    static func classAttributeNames(_ t: TypeObject) -> Set<String> {
        var names = Set(objectAttributeNames)
        for c in t.fullMRO where c.isUserDefined {
            names.formUnion(c.attributes.keys)
            if c.attributes["__slots__"] == nil { names.formUnion(["__dict__", "__weakref__"]) }
        }
        return names
    }

    static func sampleValue(of t: TypeObject) -> Value? {
        switch t.name {
        case "str": return .str("")
        case "list": return .list(ListObject())
        case "dict": return .dict(DictObject())
        case "set": return .set(SetObject())
        case "tuple": return .emptyTuple
        case "int": return .int(0)
        case "float": return .float(0)
        case "bytes": return .bytes([])
        default: return nil
        }
    }
}

/// The text `help(x)` prints, in pydoc's layout.
public enum Help {
    static let overview = """
        Welcome to swiftpx's help.

        help(x) shows the documentation of a function, module or object, for example help(len) or
        help(math.sqrt). In the shell, %help lists the magic commands.

        """

    /// The help text for a value.
    public static func text(for value: Value, _ vm: Interpreter) -> String {
        switch value {
        case .function(let f):
            var out = "Help on function \(f.name) in module __main__:\n\n"
            out += signature(f) + "\n"
            if let doc = f.doc { out += indent(cleanDoc(doc)) + "\n" }
            return out + "\n"
        case .builtin(let b):
            var out = "Help on built-in function \(b.name) in module \(b.module ?? "builtins"):\n\n"
            out += signature(b) + "\n"
            if !b.doc.isEmpty { out += indent(cleanDoc(b.doc)) + "\n" }
            return out + "\n"
        case .module(let m):
            var out = "Help on built-in module \(m.name):\n\nNAME\n    \(m.name)\n\n"
            if !m.doc.isEmpty { out += "DESCRIPTION\n" + indent(cleanDoc(m.doc)) + "\n\n" }
            let functions = m.order.filter {
                if case .builtin = m.attributes[$0] { return true }
                if case .function = m.attributes[$0] { return true }
                return false
            }.sorted()
            if !functions.isEmpty {
                out += "FUNCTIONS\n"
                for name in functions {
                    guard let v = m.attributes[name] else { continue }
                    if case .builtin(let b) = v {
                        out += "    " + signature(b) + "\n"
                        if !b.doc.isEmpty { out += indent(cleanDoc(b.doc), by: 8) + "\n" }
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
            if !t.doc.isEmpty { out += indent(cleanDoc(t.doc)) + "\n" }
            return out + "\n"
        case .object(let o):
            var out = "Help on \(o.pythonType.name) object:\n\n"
            if !o.pythonType.doc.isEmpty { out += cleanDoc(o.pythonType.doc) + "\n\n" }
            let names = o.attributeNames.filter { !$0.hasPrefix("_") }.sorted()
            if !names.isEmpty { out += "Members:\n" + indent(names.joined(separator: ", ")) + "\n" }
            return out + "\n"
        default:
            return "Help on \(value.typeName) object:\n\n\(ValueFormatter.repr(value, vm))\n\n"
        }
    }

    /// `norm(xs: list[float]) -> float` for a typed registered function, `log(x, base)` for an untyped one.
    public static func signature(_ b: BuiltinFunction) -> String {
        b.name + (b.signature?.text ?? "(\(b.parameterNames.joined(separator: ", ")))")
    }

    /// `area(width, height=1)`, as `inspect.signature` prints it.
    public static func signature(_ f: Function) -> String {
        var parts: [String] = []
        var starred = false
        for (i, p) in f.definition.parameters.enumerated() {
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

    /// `inspect.cleandoc`: strips the common indentation of all lines after the first.
    static func cleanDoc(_ doc: String) -> String {
        var lines = doc.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty else { return "" }
        lines[0] = lines[0].trimming(" \t")
        let margin = lines.dropFirst().filter { !$0.trimming(" \t").isEmpty }
            .map { $0.prefix { $0 == " " }.count }.min() ?? 0
        for i in 1..<lines.count { lines[i] = String(lines[i].dropFirst(margin)) }
        while lines.last?.trimming(" \t").isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }

    static func indent(_ text: String, by n: Int = 4) -> String {
        let pad = String(repeating: " ", count: n)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
    }
}
