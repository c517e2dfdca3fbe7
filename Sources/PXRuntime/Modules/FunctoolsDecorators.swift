import OrderedCollections

/// `functools.lru_cache` and `functools.cache`: a callable that remembers results by arguments.
public final class LRUCacheObject: NativeObject {
    /// The wrapped function (`__wrapped__`).
    public let function: Value
    /// The most results kept; nil for no limit.
    public let maximumSize: Int?
    var results: OrderedDictionary<HashKey, Value> = [:]
    var hits = 0, misses = 0

    /// Wraps `function`.
    public init(function: Value, maximumSize: Int?) {
        self.function = function
        self.maximumSize = maximumSize
    }

    static let type = TypeObject(name: "_lru_cache_wrapper", module: "functools")
    public var pythonType: TypeObject { LRUCacheObject.type }
    public var attributeNames: [String] { ["cache_clear", "cache_info", "__wrapped__", "__call__"] }

    public func call(_ arguments: Arguments, _ interpreter: Interpreter) throws -> Value {
        var parts = arguments.positional
        if !arguments.keywords.isEmpty {
            parts.append(.object(NotImplementedObject.shared))
            for (name, value) in arguments.keywords { parts += [.str(name), value] }
        }
        let key = try HashKey(.tuple(parts))
        // A copy: an argument's `__eq__` may call this cache while the keys compare.
        let cached = results
        if let found = cached[key] {
            hits += 1
            if maximumSize != nil {
                updateResults {
                    $0.removeValue(forKey: key)
                    $0[key] = found
                }
            }
            return found
        }
        misses += 1
        let result = try interpreter.call(function, arguments)
        if let maximumSize {
            guard maximumSize > 0 else { return result }
            updateResults { if $0.count >= maximumSize { $0.removeFirst() } }
        }
        updateResults { $0[key] = result }
        return result
    }

    /// Changes `results` with no access to it held while keys compare (an argument's `__eq__` may call this
    /// cache): the table is taken out, changed and put back; what such a call stored meanwhile is dropped.
    private func updateResults(_ change: (inout OrderedDictionary<HashKey, Value>) -> Void) {
        var table = results
        results = [:]
        change(&table)
        results = table
    }

    public func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "__wrapped__": return function
        case "cache_info":
            return .builtin(BuiltinFunction(name: "cache_info") { _, _ in
                .object(CacheInfo(hits: self.hits, misses: self.misses, maximumSize: self.maximumSize,
                                  size: self.results.count))
            })
        case "cache_clear":
            return .builtin(BuiltinFunction(name: "cache_clear") { _, _ in
                self.results = [:]
                self.hits = 0
                self.misses = 0
                return .none
            })
        case "__name__", "__qualname__", "__doc__", "__module__":
            return try Operations.attribute(function, name, interpreter)
        default: return nil
        }
    }

    public func repr(_ interpreter: Interpreter?) -> String {
        "<functools._lru_cache_wrapper object at \(ValueFormatter.address(self))>"
    }
}

/// What `cache_info()` returns.
final class CacheInfo: NativeObject {
    let hits: Int, misses: Int, maximumSize: Int?, size: Int

    init(hits: Int, misses: Int, maximumSize: Int?, size: Int) {
        self.hits = hits
        self.misses = misses
        self.maximumSize = maximumSize
        self.size = size
    }

    static let type = TypeObject(name: "CacheInfo", module: "functools")
    var pythonType: TypeObject { CacheInfo.type }
    var attributeNames: [String] { ["currsize", "hits", "maxsize", "misses"] }

    func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "hits": return .int(hits)
        case "misses": return .int(misses)
        case "maxsize": return maximumSize.map { .int($0) } ?? Value.none
        case "currsize": return .int(size)
        default: return nil
        }
    }

    func repr(_ interpreter: Interpreter?) -> String {
        "CacheInfo(hits=\(hits), misses=\(misses), maxsize=\(maximumSize.map(String.init) ?? "None"), currsize=\(size))"
    }
}

/// `functools.cached_property`: computed on first access through an instance, then stored as the instance's
/// attribute of the same name.
public final class CachedPropertyObject: NativeObject {
    /// The method computing the value.
    public let function: Value
    /// The attribute name the value is stored under.
    public let name: String

    /// Wraps `function`.
    public init(function: Value, name: String) {
        self.function = function
        self.name = name
    }

    static let type = TypeObject(name: "cached_property", module: "functools")
    public var pythonType: TypeObject { CachedPropertyObject.type }

    /// The value for `receiver`, computed and stored on it.
    func get(_ receiver: Value, _ vm: Interpreter) throws -> Value {
        let value = try vm.call(function, receiver)
        guard case .instance(let inst) = receiver else {
            throw RuntimeError.typeError("No '__dict__' attribute on '\(receiver.typeName)' instance to cache '\(name)' "
                + "property.")
        }
        inst.setOwnAttribute(name, value)
        return value
    }

    public func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "func": return function
        case "attrname": return .str(self.name)
        case "__doc__": return try Operations.attribute(function, "__doc__", interpreter)
        default: return nil
        }
    }

    public func repr(_ interpreter: Interpreter?) -> String {
        "<functools.cached_property object at \(ValueFormatter.address(self))>"
    }
}

/// `functools.total_ordering`, `lru_cache`, `cache` and `cached_property`.
enum FunctoolsDecorators {
    static func install(into r: Registry) {
        r.register("functools.lru_cache", doc: "Least-recently-used cache decorator.",
                   parameters: ["maxsize", "typed"]) { args, _ in
            try args.check("lru_cache", min: 0, max: 2, keywords: ["maxsize", "typed"])
            var size: Value = args.argument(0, "maxsize") ?? .int(128)
            switch size {
            case .function, .builtin, .boundMethod, .object, .instance:
                return .object(LRUCacheObject(function: size, maximumSize: 128))
            case .none, .int: break
            default: throw RuntimeError.typeError("Expected first argument to be an integer, a callable, or None")
            }
            if case .int(let n) = size, n < 0 { size = .int(0) }
            let maximum: Int? = if case .int(let n) = size { n } else { nil }
            return .builtin(BuiltinFunction(name: "decorating_function", module: "functools") { inner, _ in
                try inner.check("decorating_function", min: 1, max: 1)
                return .object(LRUCacheObject(function: inner[0], maximumSize: maximum))
            })
        }
        r.registerUnary("functools.cache", doc: "Simple lightweight unbounded cache.", parameter: "user_function") { f, _ in
            .object(LRUCacheObject(function: f, maximumSize: nil))
        }
        r.registerUnary("functools.cached_property", doc: "A property computed once per instance, then cached.",
                        parameter: "func") { f, vm in
            guard case .str(let name) = try Operations.attribute(f, "__name__", vm) else {
                throw RuntimeError.typeError("cached_property needs a function with a name")
            }
            return .object(CachedPropertyObject(function: f, name: name))
        }
        r.registerUnary("functools.total_ordering", doc: "Class decorator that fills in missing ordering methods.",
                        parameter: "cls") { v, vm in
            guard case .type(let cls) = v, cls.isUserDefined else {
                throw RuntimeError.typeError("total_ordering() expects a class, not \(v.typeName)")
            }
            try totalOrdering(cls, vm)
            return v
        }
    }

    /// The comparisons `total_ordering` derives from each root, as CPython's functools writes them.
    static let derived: [String: [(String, String, String)]] = [
        "__lt__": [("__gt__", "_gt_from_lt", "not op_result and self != other"),
                   ("__le__", "_le_from_lt", "op_result or self == other"),
                   ("__ge__", "_ge_from_lt", "not op_result")],
        "__le__": [("__ge__", "_ge_from_le", "not op_result or self == other"),
                   ("__lt__", "_lt_from_le", "op_result and self != other"),
                   ("__gt__", "_gt_from_le", "not op_result")],
        "__gt__": [("__lt__", "_lt_from_gt", "not op_result and self != other"),
                   ("__ge__", "_ge_from_gt", "op_result or self == other"),
                   ("__le__", "_le_from_gt", "not op_result")],
        "__ge__": [("__le__", "_le_from_ge", "not op_result or self == other"),
                   ("__gt__", "_gt_from_ge", "op_result and self != other"),
                   ("__lt__", "_lt_from_ge", "not op_result")],
    ]

    /// Adds the orderings a class lacks, derived from the one it defines (`__lt__` preferred, then `__le__`,
    /// `__gt__`, `__ge__`).
    static func totalOrdering(_ cls: TypeObject, _ vm: Interpreter) throws {
        let roots = Set(derived.keys.filter { cls.override($0) != nil })
        guard let root = roots.max() else {
            throw RuntimeError.valueError("must define at least one ordering operation: < > <= >=")
        }
        let missing = (derived[root] ?? []).filter { !roots.contains($0.0) }
        guard !missing.isEmpty else { return }
        var source = "def __create_fn__():\n"
        for (_, function, result) in missing {
            source += "    def \(function)(self, other):\n"
            source += "        op_result = type(self).\(root)(self, other)\n"
            source += "        if op_result is NotImplemented:\n            return op_result\n"
            source += "        return \(result)\n"
        }
        source += "    return (\(missing.map { $0.1 + ", " }.joined()))\n"
        let creator = try vm.generatedFunction(source, fileName: "<functools>")
        guard case .tuple(let functions) = try vm.call(creator, Arguments()) else { return }
        for ((name, function, _), value) in zip(missing, functions) {
            if case .function(let f) = value {
                f.attributes["__name__"] = .str(name)
                f.attributes["__qualname__"] = .str(function)
            }
            cls.setAttribute(name, value)
        }
    }
}
