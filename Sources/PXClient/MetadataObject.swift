import PXRuntime

/// ipyparallel's `Metadata`: a dict of one task's metadata whose keys are also attributes
/// (`ar.metadata.engine_id`, `ar.metadata[0].started`), and whose key set is fixed (setting an unknown key
/// raises `KeyError`).
final class MetadataObject: NativeObject {
    let storage: DictObject

    init(_ storage: DictObject) {
        self.storage = storage
    }

    static let type = TypeObject(name: "Metadata", module: "ipyparallel",
                                 doc: "A task's metadata: a dict whose keys are also attributes.")
    var pythonType: TypeObject { Self.type }
    var isTruthy: Bool { storage.count > 0 }
    var attributeNames: [String] { Metadata.keys + ["get", "items", "keys", "values"] }

    func attribute(_ name: String, _ vm: Interpreter) throws -> Value? {
        if let value = try? storage.get(.str(name)) { return value }
        guard ["get", "items", "keys", "values", "copy"].contains(name) else { return nil }
        return try vm.attribute(.dict(storage), name)
    }

    func setAttribute(_ name: String, _ value: Value, _ vm: Interpreter) throws {
        try setItem(.str(name), value, vm)
    }

    func item(_ key: Value, _ vm: Interpreter) throws -> Value { try vm.item(.dict(storage), key) }

    func setItem(_ key: Value, _ value: Value, _ vm: Interpreter) throws {
        guard case .str(let name) = key, Metadata.keys.contains(name) else { throw RuntimeError.keyError(key) }
        storage.set(name, value)
    }

    func makeIterator(_ vm: Interpreter) throws -> IteratorObject { try vm.makeIterator(.dict(storage)) }
    func length(_ vm: Interpreter) throws -> Int { storage.count }
    func repr(_ interpreter: Interpreter?) -> String { ValueFormatter.repr(.dict(storage), interpreter) }
}
