/// numpy 2's named results of `np.linalg` (`EighResult`, `SVDResult`, `QRResult`, `SlogdetResult`): tuples whose
/// fields are also attributes, printed as `EighResult(eigenvalues=array(...), eigenvectors=array(...))`.
public final class LinalgResult: NativeObject {
    /// The result type's name.
    let name: String
    /// The field names, in order.
    let fields: [String]
    /// The values, in order.
    let values: [Value]

    init(_ name: String, _ fields: [(String, Value)]) {
        self.name = name
        self.fields = fields.map(\.0)
        self.values = fields.map(\.1)
    }

    static let types: [String: TypeObject] = Dictionary(
        uniqueKeysWithValues: ["EigResult", "EighResult", "SVDResult", "QRResult", "SlogdetResult"].map {
            ($0, TypeObject(name: $0, base: BuiltinTypes.tuple, module: "numpy.linalg"))
        })

    public var pythonType: TypeObject { LinalgResult.types[name] ?? BuiltinTypes.tuple }
    public var attributeNames: [String] { fields }

    public func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        fields.firstIndex(of: name).map { values[$0] }
    }

    public func item(_ key: Value, _ interpreter: Interpreter) throws -> Value {
        try Operations.item(.tuple(values), key, interpreter)
    }

    public func makeIterator(_ interpreter: Interpreter) throws -> IteratorObject { IteratorObject.over(values) }

    public func length(_ interpreter: Interpreter) throws -> Int { values.count }

    public func repr(_ interpreter: Interpreter?) -> String {
        let parts = zip(fields, values).map { "\($0)=\(ValueFormatter.repr($1, interpreter))" }
        return "\(name)(\(parts.joined(separator: ", ")))"
    }
}
