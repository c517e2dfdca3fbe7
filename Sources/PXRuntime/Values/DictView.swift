/// `d.keys()`, `d.values()`, `d.items()`: live views of a dictionary.
final class DictView: NativeObject {
    enum Kind { case keys, values, items }

    let dict: DictObject
    let kind: Kind

    init(dict: DictObject, kind: Kind) {
        self.dict = dict
        self.kind = kind
    }

    static let keysType = TypeObject(name: "dict_keys")
    static let valuesType = TypeObject(name: "dict_values")
    static let itemsType = TypeObject(name: "dict_items")

    var pythonType: TypeObject {
        switch kind {
        case .keys: return DictView.keysType
        case .values: return DictView.valuesType
        case .items: return DictView.itemsType
        }
    }


    var elements: [Value] {
        switch kind {
        case .keys: return dict.storage.keys.map(\.value)
        case .values: return Array(dict.storage.values)
        case .items: return dict.storage.map { .tuple([$0.key.value, $0.value]) }
        }
    }

    var attributeNames: [String] { kind == .values ? [] : ["isdisjoint"] }

    func callMethod(_ name: String, _ arguments: Arguments, _ interpreter: Interpreter) throws -> Value? {
        guard name == "isdisjoint", kind != .values else { return nil }
        try arguments.check("isdisjoint", min: 1, max: 1)
        var disjoint = true
        try Operations.iterate(arguments[0], interpreter) { x in
            guard try holds(x) else { return true }
            disjoint = false
            return false
        }
        return .bool(disjoint)
    }

    /// Whether a key view holds the key `x`, or an item view the pair `x`.
    func holds(_ x: Value) throws -> Bool {
        switch kind {
        case .keys: return try dict.get(x) != nil
        case .items:
            guard case .tuple(let pair) = x, pair.count == 2, let value = try dict.get(pair[0]) else { return false }
            return try Operations.itemEquals(value, pair[1])
        case .values: return false
        }
    }

    var isTruthy: Bool { dict.count > 0 }
    var shippedForm: Value? { .list(ListObject(elements)) }

    func makeIterator(_ interpreter: Interpreter) throws -> IteratorObject { makeIterator(reversed: false) }

    /// An iterator over the view that reads the dictionary as it goes (`iter(d.items())`,
    /// `reversed(d.values())`).
    func makeIterator(reversed: Bool) -> IteratorObject {
        let d = dict
        switch kind {
        case .keys:
            let type = reversed ? IteratorObject.dictReversedKeysType : IteratorObject.dictKeysType
            return Operations.dictIterator(dict, type: type, reversed: reversed) { d.key(at: $0) }
        case .values:
            let type = reversed ? IteratorObject.dictReversedValuesType : IteratorObject.dictValuesType
            return Operations.dictIterator(dict, type: type, reversed: reversed) { d.value(at: $0) }
        case .items:
            let type = reversed ? IteratorObject.dictReversedItemsType : IteratorObject.dictItemsType
            return Operations.dictIterator(dict, type: type, reversed: reversed) {
                let entry = d.entry(at: $0)
                return .tuple([entry.key.value, entry.value])
            }
        }
    }

    func length(_ interpreter: Interpreter) throws -> Int { dict.count }

    func repr(_ interpreter: Interpreter?) -> String {
        "\(pythonType.name)(\(ValueFormatter.repr(.list(ListObject(elements)), interpreter)))"
    }
}
