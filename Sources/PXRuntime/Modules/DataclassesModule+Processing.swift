import OrderedCollections

// MARK: - @dataclass: collecting fields and writing the methods

extension DataclassesModule {
    /// Processes a class for `@dataclass`: collects its fields (bases first, then its own annotations) and
    /// adds the methods the options ask for, unless the class defines them itself.
    static func process(_ target: Value, _ options: Options, _ vm: Interpreter) throws -> Value {
        guard case .type(let cls) = target, cls.isUserDefined else {
            throw RuntimeError.typeError("dataclass() should be called on a class, not \(target.typeName)")
        }
        if options.order && !options.eq { throw RuntimeError.valueError("eq must be true if order is true") }
        let fields = try collectFields(cls)
        let fieldTable = DictObject()
        for (name, field) in fields { fieldTable.set(name, .object(field)) }
        cls.attributes["__dataclass_fields__"] = .dict(fieldTable)

        var writer = MethodWriter(cls: cls, fields: Array(fields.values), options: options)
        try writer.writeMethods(vm)
        if !writer.methods.isEmpty {
            var parameters = ["__dataclass_type__", "__dataclass_HAS_DEFAULT_FACTORY__", "__dataclass_object__",
                              "__dataclass_FrozenInstanceError__"]
            var values: [Value] = [target, missing, .type(BuiltinTypes.object), .type(frozenInstanceError)]
            for field in fields.values {
                guard let name = field.name, let value = field.defaultFactory ?? field.defaultValue else { continue }
                parameters.append("__dataclass_dflt_\(name)__")
                values.append(value)
            }
            var source = "def __create_fn__(\(parameters.joined(separator: ", "))):\n"
            for method in writer.methods { source += method.source }
            source += "    return (\(writer.methods.map { $0.name + ", " }.joined()))\n"
            let creator = try vm.generatedFunction(source, fileName: "<dataclass \(cls.name)>")
            guard case .tuple(let functions) = try vm.call(creator, Arguments(values)) else {
                throw RuntimeError(BuiltinTypes.runtimeError, "internal inconsistency: dataclass methods")
            }
            for (method, function) in zip(writer.methods, functions) {
                if case .function(let f) = function { f.attributes["__qualname__"] = .str("\(cls.qualifiedName).\(method.name)") }
                cls.attributes[method.name] = function
            }
        }
        for (name, value) in writer.plainAttributes { cls.attributes[name] = value }
        ClassEpoch.advance()
        return target
    }

    /// The fields of a class being processed: those of its dataclass bases (furthest first), then its own
    /// annotated names in order. Class attributes holding `field()` objects are replaced by their defaults.
    static func collectFields(_ cls: TypeObject) throws -> OrderedDictionary<String, DataclassField> {
        var fields: OrderedDictionary<String, DataclassField> = [:]
        for base in cls.ancestors.reversed() where base.isUserDefined {
            guard case .dict(let table)? = base.attributes["__dataclass_fields__"] else { continue }
            for (key, value) in table.storage {
                if case .str(let name) = key.value, case .object(let o) = value, let field = o as? DataclassField {
                    fields[name] = field
                }
            }
        }
        var annotated: Set<String> = []
        if case .dict(let annotations)? = cls.attributes["__annotations__"] {
            for (key, annotation) in annotations.storage {
                guard case .str(let name) = key.value else { continue }
                annotated.insert(name)
                if isClassVariable(annotation) { continue }
                let field: DataclassField
                if case .object(let o)? = cls.attributes[name], let explicit = o as? DataclassField {
                    field = explicit
                    if let d = explicit.defaultValue {
                        cls.attributes[name] = d
                    } else {
                        cls.attributes.removeValue(forKey: name)
                    }
                } else {
                    field = DataclassField(defaultValue: cls.attributes[name], defaultFactory: nil)
                }
                switch field.defaultValue {
                case .list?, .dict?, .set?:
                    throw RuntimeError.valueError("mutable default \(field.defaultValue?.type.repr ?? "") for field "
                        + "\(name) is not allowed: use default_factory")
                default:
                    break
                }
                fields[name] = field.named(name, annotation: annotation)
            }
        }
        for (name, value) in cls.attributes where !annotated.contains(name) {
            if case .object(let o) = value, o is DataclassField {
                throw RuntimeError.typeError("'\(name)' is a field but has no type annotation")
            }
        }
        return fields
    }

    /// Whether an annotation is `ClassVar[...]` (not a field).
    static func isClassVariable(_ annotation: Value) -> Bool {
        if case .str(let text) = annotation { return text.hasPrefix("ClassVar") || text.hasPrefix("typing.ClassVar") }
        return ValueFormatter.repr(annotation).hasPrefix("typing.ClassVar")
    }
}

/// Writes the source of the methods `@dataclass` adds.
struct MethodWriter {
    /// A method's name and its source, indented as a nested `def`.
    struct Method {
        let name: String
        let source: String
    }

    let cls: TypeObject
    let fields: [DataclassField]
    let options: DataclassesModule.Options
    private(set) var methods: [Method] = []
    /// Class attributes that are not methods (`__hash__ = None`, `__match_args__`).
    private(set) var plainAttributes: [(String, Value)] = []

    init(cls: TypeObject, fields: [DataclassField], options: DataclassesModule.Options) {
        self.cls = cls
        self.fields = fields
        self.options = options
    }

    func defines(_ name: String) -> Bool { cls.attributes[name] != nil }

    func isKeywordOnly(_ field: DataclassField) -> Bool { field.keywordOnly ?? options.keywordOnly }

    mutating func add(_ name: String, _ parameters: String, _ body: [String]) {
        var text = "    def \(name)(\(parameters)):\n"
        for line in body.isEmpty ? ["pass"] : body { text += "        \(line)\n" }
        methods.append(Method(name: name, source: text))
    }

    mutating func writeMethods(_ vm: Interpreter) throws {
        let names = fields.compactMap(\.name)
        if options.initialize, !defines("__init__") { try writeInit(vm) }
        if options.repr, !defines("__repr__") {
            let parts = fields.filter(\.isShown).compactMap(\.name).map { "\($0)={self.\($0)!r}" }
            add("__repr__", "self", ["return self.__class__.__qualname__ + f\"(\(parts.joined(separator: ", ")))\""])
        }
        let compared = fields.filter(\.isCompared).compactMap(\.name)
        let mine = Self.tuple(compared.map { "self.\($0)" }), theirs = Self.tuple(compared.map { "other.\($0)" })
        if options.eq, !defines("__eq__") {
            add("__eq__", "self, other", ["if other.__class__ is self.__class__:", "    return \(mine) == \(theirs)",
                                           "return NotImplemented"])
        }
        if options.order {
            for (name, op) in [("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")] {
                if defines(name) {
                    throw RuntimeError.typeError("Cannot overwrite attribute \(name) in class \(cls.name). Consider "
                        + "using functools.total_ordering")
                }
                add(name, "self, other", ["if other.__class__ is self.__class__:",
                                          "    return \(mine) \(op) \(theirs)", "return NotImplemented"])
            }
        }
        if options.frozen {
            for name in ["__setattr__", "__delattr__"] where defines(name) {
                throw RuntimeError.typeError("Cannot overwrite attribute \(name) in class \(cls.name)")
            }
            let fieldNames = Self.tuple(names.map { ValueFormatter.reprString($0) })
            add("__setattr__", "self, name, value", [
                "if self.__class__ is __dataclass_type__ or name in \(fieldNames):",
                "    raise __dataclass_FrozenInstanceError__(f\"cannot assign to field {name!r}\")",
                "super(__dataclass_type__, self).__setattr__(name, value)",
            ])
            add("__delattr__", "self, name", [
                "if self.__class__ is __dataclass_type__ or name in \(fieldNames):",
                "    raise __dataclass_FrozenInstanceError__(f\"cannot delete field {name!r}\")",
                "super(__dataclass_type__, self).__delattr__(name)",
            ])
        }
        try writeHash()
        if options.matchArgs, !defines("__match_args__") {
            let positional = fields.filter { $0.isInitialized && !isKeywordOnly($0) }.compactMap(\.name)
            plainAttributes.append(("__match_args__", .tuple(positional.map { .str($0) })))
        }
    }

    /// `__init__`: positional parameters (defaults after non-defaults), then keyword-only ones.
    mutating func writeInit(_ vm: Interpreter) throws {
        var positional: [String] = [], keywordOnly: [String] = []
        var sawDefault = false
        var body: [String] = []
        for field in fields {
            guard let name = field.name else { continue }
            if field.isInitialized {
                var parameter = name
                if field.defaultFactory != nil {
                    parameter += "=__dataclass_HAS_DEFAULT_FACTORY__"
                } else if field.defaultValue != nil {
                    parameter += "=__dataclass_dflt_\(name)__"
                }
                if isKeywordOnly(field) {
                    keywordOnly.append(parameter)
                } else {
                    if parameter != name {
                        sawDefault = true
                    } else if sawDefault {
                        throw RuntimeError.typeError("non-default argument '\(name)' follows default argument")
                    }
                    positional.append(parameter)
                }
            }
            let value: String
            if field.defaultFactory != nil {
                value = field.isInitialized
                    ? "__dataclass_dflt_\(name)__() if \(name) is __dataclass_HAS_DEFAULT_FACTORY__ else \(name)"
                    : "__dataclass_dflt_\(name)__()"
            } else if field.isInitialized {
                value = name
            } else if field.defaultValue != nil {
                value = "__dataclass_dflt_\(name)__"
            } else {
                continue
            }
            body.append(options.frozen ? "__dataclass_object__.__setattr__(self, \(ValueFormatter.reprString(name)), \(value))"
                                       : "self.\(name) = \(value)")
        }
        if cls.lookup("__post_init__") != nil { body.append("self.__post_init__()") }
        let parameters = ["self"] + positional + (keywordOnly.isEmpty ? [] : ["*"] + keywordOnly)
        add("__init__", parameters.joined(separator: ", "), body)
    }

    /// `__hash__` by CPython's table of `unsafe_hash`, `eq`, `frozen` and an explicit `__hash__`.
    mutating func writeHash() throws {
        let own = cls.attributes["__hash__"]
        var explicit = own != nil
        // `__hash__ = None` that defining `__eq__` in the class set implicitly does not count.
        if case .none? = own, cls.attributes["__eq__"] != nil { explicit = false }
        let hashed = fields.filter { $0.hash.isNone ? $0.isCompared : $0.hash.isTruthy }.compactMap(\.name)
        let body = ["return hash(\(Self.tuple(hashed.map { "self.\($0)" })))"]
        if options.unsafeHash {
            if explicit { throw RuntimeError.typeError("Cannot overwrite attribute __hash__ in class \(cls.name)") }
            add("__hash__", "self", body)
        } else if options.eq && options.frozen {
            if !explicit { add("__hash__", "self", body) }
        } else if options.eq {
            if !explicit { plainAttributes.append(("__hash__", .none)) }
        }
    }

    /// `(a, b,)`: a tuple display of the items.
    static func tuple(_ items: [String]) -> String {
        "(" + items.map { $0 + "," }.joined() + ")"
    }
}
