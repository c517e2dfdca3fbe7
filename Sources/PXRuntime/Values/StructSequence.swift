import PXLang

/// A read-only tuple whose fields also have names, as CPython's "struct sequences" are: `sys.version_info`,
/// `sys.float_info`, `os.stat_result`. It indexes, iterates, unpacks and compares as a tuple, and prints as
/// `sys.version_info(major=3, minor=11, …)`.
final class StructSequence: NativeObject, @unchecked Sendable {
    // @unchecked Sendable: immutable after creation (values are numbers and strings).
    let type: TypeObject
    let fields: [String]
    let values: [Value]

    /// Creates a struct sequence.
    /// - Parameters:
    ///   - typeName: the dotted name its repr starts with (`sys.version_info`).
    ///   - fields: the field names, one per value.
    ///   - values: the values.
    init(typeName: String, fields: [String], values: [Value]) {
        let (module, name) = Registry.split(typeName)
        self.type = TypeObject(name: name, base: BuiltinTypes.tuple, module: module)
        self.fields = fields
        self.values = values
    }

    var pythonType: TypeObject { type }
    var attributeNames: [String] { fields + ["count", "index"] }
    var shippedForm: Value? { .tuple(values) }
    var isTruthy: Bool { !values.isEmpty }

    func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        if let i = fields.firstIndex(of: name) { return values[i] }
        if name == "n_fields" || name == "n_sequence_fields" { return .int(fields.count) }
        return nil
    }

    func callMethod(_ name: String, _ arguments: Arguments, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "count", "index": return try interpreter.callMethod(.tuple(values), name, arguments)
        default: return nil
        }
    }

    func item(_ key: Value, _ interpreter: Interpreter) throws -> Value {
        try Operations.item(.tuple(values), key, interpreter)
    }

    func makeIterator(_ interpreter: Interpreter) throws -> IteratorObject { IteratorObject.over(values) }

    func length(_ interpreter: Interpreter) throws -> Int { values.count }

    func repr(_ interpreter: Interpreter?) -> String {
        let parts = zip(fields, values).map { "\($0)=\(ValueFormatter.repr($1, interpreter))" }
        return "\(type.module.map { $0 + "." } ?? "")\(type.name)(\(parts.joined(separator: ", ")))"
    }

    func compare(_ op: ComparisonOperator, _ other: Value) throws -> Bool? {
        let theirs: [Value]
        switch other {
        case .tuple(let t): theirs = t
        case .object(let o as StructSequence): theirs = o.values
        default: return op == .equal ? false : nil
        }
        if op == .equal { return try Operations.sequencesEqual(values, theirs) }
        return try Operations.orderSequences(op, values, theirs)
    }
}
