import PXLang

// MARK: - Introspection for Tab completion

extension Interpreter {
    /// The value of a dotted name (`math`, `rc.ids`), looked up without calling anything; nil if unknown.
    public func lookupPath(_ path: String) -> Value? {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !first.isEmpty else { return nil }
        var value: Value
        if let v = globals.lookup(first) {
            value = v
        } else if registry.hasModule(first), let module = try? importModule(first) {
            value = module
        } else {
            return nil
        }
        for part in parts.dropFirst() {
            guard !part.isEmpty, let next = try? Operations.attribute(value, part, self) else { return nil }
            value = next
        }
        return value
    }

    /// The attribute names of a value, for completion after `value.`.
    public func attributeNames(of value: Value) -> [String] {
        IntrospectionBuiltins.attributeNames(value, self).filter { !$0.hasPrefix("__") }
    }

    /// The keyword parameter names of a callable, for completion inside a call.
    public func parameterNames(of value: Value) -> [String] {
        switch value {
        case .function(let f):
            return f.definition.parameters.filter { $0.kind == .normal || $0.kind == .keywordOnly }.map(\.name)
        case .builtin(let b): return b.parameterNames
        case .boundMethod(let m):
            if case .function(let f)? = m.function {
                return f.definition.parameters.dropFirst().filter { $0.kind == .normal || $0.kind == .keywordOnly }
                    .map(\.name)
            }
            if case .object(let o) = m.receiver, let doc = (o as? any MethodDocumenting)?.methodDoc(for: m.name) {
                return doc.keywordNames
            }
            return []
        case .type(let t) where t === Partial.type: return []
        default: return []
        }
    }

    /// Names visible at the prompt: globals, built-ins and keywords.
    public var visibleNames: [String] {
        Array(Set(globals.names + Array(registry.builtins.keys) + Keyword.allCases.map(\.rawValue))).sorted()
    }

    /// Module names that can be imported.
    public var importableModules: [String] { registry.moduleNames.sorted() }
}
