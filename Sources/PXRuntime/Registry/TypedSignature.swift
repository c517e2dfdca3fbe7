/// The signature of a typed registered function: it binds a call's arguments to the parameters, converts
/// them to Swift types, and words every mismatch as a `TypeError` naming the function and the parameter.
///
/// Parameters given without names (the closure's parameter names cannot be read) are positional-only and
/// called `argument 1`, `argument 2` in errors.
public struct TypedSignature: @unchecked Sendable {
    // @unchecked Sendable: defaults are immutable values set at registration.

    /// One parameter: its spec (nil when unnamed) and its language type.
    public struct Slot: @unchecked Sendable {
        // @unchecked Sendable: see `TypedSignature`.
        /// The name, default and kind, or nil for an unnamed positional-only parameter.
        public let spec: Parameter?
        /// The language type (`list[float]`).
        public let typeDescription: String
        /// Whether the type allows leaving the argument out (optionals).
        public let canBeOmitted: Bool

        /// Creates a slot.
        public init(spec: Parameter?, typeDescription: String, canBeOmitted: Bool) {
            self.spec = spec
            self.typeDescription = typeDescription
            self.canBeOmitted = canBeOmitted
        }
    }

    /// The qualified function name used in errors (`stats.norm`).
    public let function: String
    /// The parameters, in order.
    public let slots: [Slot]
    /// The language type of the result (`float`), or nil for functions that return None.
    public let resultDescription: String?

    /// Creates a signature.
    /// - Parameters:
    ///   - function: the qualified name, for errors.
    ///   - parameters: the named parameters, in order; fewer than `types` leaves the rest unnamed, and extra
    ///     names are ignored.
    ///   - types: each parameter's language type, and whether the type allows leaving it out (optionals).
    ///   - result: the result's language type, or nil for None.
    public init(
        function: String, parameters: [Parameter], types: [(description: String, canBeOmitted: Bool)],
        result: String?
    ) {
        self.function = function
        self.slots = types.enumerated().map { i, type in
            Slot(
                spec: i < parameters.count ? parameters[i] : nil, typeDescription: type.description,
                canBeOmitted: type.canBeOmitted)
        }
        self.resultDescription = result
    }

    /// Creates a signature from its parts (a plugin's signature rebuilt on the host).
    /// - Parameters:
    ///   - function: the qualified name, for errors.
    ///   - slots: the parameters.
    ///   - result: the result's language type, or nil for None.
    public init(function: String, slots: [Slot], result: String?) {
        self.function = function
        self.slots = slots
        self.resultDescription = result
    }

    /// The parameter names callers can pass by keyword (for Tab completion).
    public var keywordNames: [String] { slots.compactMap { $0.spec?.name } }

    /// How many parameters there are.
    public var count: Int { slots.count }

    /// Whether the function has exactly one parameter and it can be passed by position, so a call with one
    /// positional argument can skip binding.
    var isUnary: Bool { slots.count == 1 && slots[0].spec?.isKeywordOnly != true }

    // MARK: - Binding

    /// Assigns the call's arguments to parameter slots; a slot left nil takes the default or is omitted.
    /// - Throws: `TypeError` for too many or too few arguments, unknown or repeated keywords.
    public func bind(_ arguments: Arguments) throws -> [Value?] {
        let positionalLimit = slots.prefix { $0.spec?.isKeywordOnly != true }.count
        if arguments.count > positionalLimit { throw tooManyPositional(arguments.count, limit: positionalLimit) }
        var bound = [Value?](repeating: nil, count: slots.count)
        for i in 0..<arguments.count { bound[i] = arguments.positional[i] }
        for (name, value) in arguments.keywords {
            guard let i = slots.firstIndex(where: { $0.spec?.name == name }) else {
                if keywordNames.isEmpty { throw RuntimeError.typeError("\(function)() takes no keyword arguments") }
                throw RuntimeError.typeError("\(function)() got an unexpected keyword argument '\(name)'")
            }
            if bound[i] != nil {
                throw RuntimeError.typeError("\(function)() got multiple values for argument '\(name)'")
            }
            bound[i] = value
        }
        let missing = slots.indices.filter { i in
            bound[i] == nil && slots[i].spec?.defaultValue == nil && !slots[i].canBeOmitted
        }
        if !missing.isEmpty { throw missingArguments(missing, given: arguments.count + arguments.keywords.count) }
        return bound
    }

    /// Converts the bound value of parameter `index` (or its default) to `T`.
    /// - Throws: `TypeError: f() argument 'x' must be float, not str`, or what `T`'s conversion throws.
    @inline(__always)
    public func convert<T: ArgumentConvertible>(_ bound: [Value?], _ index: Int, as type: T.Type = T.self) throws -> T {
        if let value = bound[index] ?? slots[index].spec?.defaultValue { return try convert(value, index) }
        guard let omitted = T.omittedArgument else { throw missingArguments([index], given: index) }
        return omitted
    }

    /// Converts one value for parameter `index`.
    @inline(__always)
    public func convert<T: ArgumentConvertible>(_ value: Value, _ index: Int, as type: T.Type = T.self) throws -> T {
        do {
            return try T(argument: value)
        } catch let mismatch as ArgumentMismatch {
            throw typeError(mismatch, value: value, index: index)
        }
    }

    // MARK: - Messages

    func label(_ index: Int) -> String {
        slots[index].spec.map { "'\($0.name)'" } ?? "\(index + 1)"
    }

    func typeError(_ mismatch: ArgumentMismatch, value: Value, index: Int) -> RuntimeError {
        if let message = mismatch.message { return RuntimeError.typeError(message) }
        if mismatch.isOverflow {
            let subject = mismatch.detail.map { "argument \(label(index)), \($0)," } ?? "argument \(label(index))"
            return RuntimeError.overflow("\(function)() \(subject) does not fit in a 64-bit integer")
        }
        var text = "\(function)() argument \(label(index)) must be \(slots[index].typeDescription), "
        text += mismatch.detail.map { "not \(value.typeName) (\($0))" } ?? "not \(value.typeName)"
        return RuntimeError.typeError(text)
    }

    func tooManyPositional(_ given: Int, limit: Int) -> RuntimeError {
        if limit == 0 { return RuntimeError.typeError("\(function)() takes no arguments (\(given) given)") }
        let required = slots.prefix(limit).filter { $0.spec?.defaultValue == nil && !$0.canBeOmitted }.count
        let expected = required == limit ? "\(limit)" : "from \(required) to \(limit)"
        let noun = limit == 1 && required == limit ? "argument" : "arguments"
        let verb = given == 1 ? "was" : "were"
        return RuntimeError.typeError("\(function)() takes \(expected) positional \(noun) but \(given) \(verb) given")
    }

    func missingArguments(_ indices: [Int], given: Int) -> RuntimeError {
        if indices.contains(where: { slots[$0].spec == nil }) {
            let required = slots.filter { $0.spec?.defaultValue == nil && !$0.canBeOmitted }.count
            let noun = required == 1 ? "argument" : "arguments"
            let qualifier = required == slots.count ? "exactly" : "at least"
            return RuntimeError.typeError("\(function)() takes \(qualifier) \(required) \(noun) (\(given) given)")
        }
        let names = indices.map { label($0) }
        let list: String
        switch names.count {
        case 1: list = names[0]
        case 2: list = "\(names[0]) and \(names[1])"
        default: list = names.dropLast().joined(separator: ", ") + ", and " + (names.last ?? "")
        }
        let noun = names.count == 1 ? "argument" : "arguments"
        return RuntimeError.typeError("\(function)() missing \(names.count) required \(noun): \(list)")
    }

    // MARK: - Text

    /// `(xs: list[float], ddof: int = 0) -> float`, as `help()` shows it.
    public var text: String {
        var parts: [String] = []
        var starred = false
        for (i, slot) in slots.enumerated() {
            guard let spec = slot.spec else {
                parts.append(slot.typeDescription)
                if i + 1 == slots.count || slots[i + 1].spec != nil { parts.append("/") }
                continue
            }
            if spec.isKeywordOnly && !starred {
                parts.append("*")
                starred = true
            }
            var part = "\(spec.name): \(slot.typeDescription)"
            if let d = spec.defaultValue {
                part += " = " + ValueFormatter.repr(d)
            } else if slot.canBeOmitted {
                part += " = None"
            }
            parts.append(part)
        }
        return "(\(parts.joined(separator: ", "))) -> \(resultDescription ?? "None")"
    }
}
