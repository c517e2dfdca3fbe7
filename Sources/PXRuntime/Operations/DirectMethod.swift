/// The built-in methods that a method-call site (`counts.get(word, 0)`, `line.split()`, `"-".join(parts)`)
/// calls directly: chosen once when the site is compiled, from its name and positional argument count, so
/// the call builds no `Arguments` and does not dispatch on the name. A receiver of another type (or a `str`
/// subclass instance) goes the general way (`Interpreter.callMethod`), which has the same behaviour.
enum DirectMethod {
    case dictGet, dictSetdefault, dictItems, dictKeys, dictValues
    case strSplit, strLower, strUpper, strJoin, strStartsWith, strEndsWith

    /// The direct method of `name` called with `arity` positional arguments, or nil.
    init?(_ name: String, arity: Int) {
        switch (name, arity) {
        case ("get", 1), ("get", 2): self = .dictGet
        case ("setdefault", 1), ("setdefault", 2): self = .dictSetdefault
        case ("items", 0): self = .dictItems
        case ("keys", 0): self = .dictKeys
        case ("values", 0): self = .dictValues
        case ("split", 0): self = .strSplit
        case ("lower", 0): self = .strLower
        case ("upper", 0): self = .strUpper
        case ("join", 1): self = .strJoin
        case ("startswith", 1): self = .strStartsWith
        case ("endswith", 1): self = .strEndsWith
        default: return nil
        }
    }

    /// Whether `receiver` is of the method's type (so it has the method: a call site need not look it up).
    @inline(__always)
    func accepts(_ receiver: Value) -> Bool {
        switch (self, receiver) {
        case (.dictGet, .dict), (.dictSetdefault, .dict), (.dictItems, .dict), (.dictKeys, .dict), (.dictValues, .dict),
             (.strSplit, .str), (.strLower, .str), (.strUpper, .str), (.strJoin, .str), (.strStartsWith, .str),
             (.strEndsWith, .str):
            return true
        default:
            return false
        }
    }

    /// The method called on `receiver` without arguments; nil when the receiver is not of the method's type.
    func call(_ receiver: Value) -> Value? {
        switch (self, receiver) {
        case (.dictItems, .dict(let d)): return .object(DictView(dict: d, kind: .items))
        case (.dictKeys, .dict(let d)): return .object(DictView(dict: d, kind: .keys))
        case (.dictValues, .dict(let d)): return .object(DictView(dict: d, kind: .values))
        case (.strSplit, .str(let s)): return .list(ListObject(StringMethods.splitWhitespace(s, -1).map { .str($0) }))
        case (.strLower, .str(let s)): return .str(s.lowercased())
        case (.strUpper, .str(let s)): return .str(s.uppercased())
        default: return nil
        }
    }

    /// The method called on `receiver` with one argument; nil when the receiver (or the argument of
    /// `startswith`/`endswith`) is not of the method's type.
    func call(_ receiver: Value, _ x: Value, _ vm: Interpreter) throws -> Value? {
        switch (self, receiver) {
        case (.dictGet, .dict(let d)): return try d.get(x) ?? Value.none
        case (.dictSetdefault, .dict(let d)): return try d.setDefault(x, .none)
        case (.strJoin, .str(let s)): return .str(try StringMethods.join(s, x, vm))
        case (.strStartsWith, .str(let s)):
            guard case .str(let p) = x else { return nil }
            return .bool(StringMethods.hasPrefix(s, p))
        case (.strEndsWith, .str(let s)):
            guard case .str(let p) = x else { return nil }
            return .bool(StringMethods.hasSuffix(s, p))
        default: return nil
        }
    }

    /// The method called on `receiver` with two arguments; nil when the receiver is not of the method's type.
    func call(_ receiver: Value, _ x: Value, _ y: Value) throws -> Value? {
        guard case .dict(let d) = receiver else { return nil }
        switch self {
        case .dictGet: return try d.get(x) ?? y
        case .dictSetdefault: return try d.setDefault(x, y)
        default: return nil
        }
    }
}
