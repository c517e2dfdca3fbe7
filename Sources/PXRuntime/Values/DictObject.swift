/// A mutable, insertion-ordered dictionary.
public final class DictObject {
    /// The entries in insertion order.
    public var storage: DictTable

    /// Creates an empty dictionary.
    public init() {
        storage = DictTable()
    }

    deinit {
        guard !storage.isEmpty else { return }
        DeferredRelease.release(now: { storage = DictTable() }, later: {
            var moved = DictTable()
            swap(&moved, &storage)
            return moved
        })
    }

    /// Creates a dictionary from entries.
    public init(_ storage: DictTable) {
        self.storage = storage
    }

    /// Number of entries.
    public var count: Int { storage.count }

    /// The value for `key`, or nil.
    public func get(_ key: Value) throws -> Value? {
        storage[try HashKey(key)]
    }

    /// Sets `key` to `value`; an equal existing key keeps its position and original key object.
    public func set(_ key: Value, _ value: Value) throws {
        storage[try HashKey(key)] = value
    }

    /// `d.setdefault(key, value)`: the value of `key`, set to `value` first when absent (the key hashed once).
    func setDefault(_ key: Value, _ value: Value) throws -> Value {
        let k = try HashKey(key)
        if let v = storage[k] { return v }
        storage[k] = value
        return value
    }

    /// Sets a string key.
    public func set(_ key: String, _ value: Value) {
        storage[HashKey(string: key)] = value
    }

    /// Removes `key`, returning its value if present.
    @discardableResult
    public func remove(_ key: Value) throws -> Value? {
        storage.removeValue(forKey: try HashKey(key))
    }

    /// The keys in order.
    public var keys: [Value] { storage.keys.map(\.value) }
}

extension HashKey {
    /// A key for a string (strings are always hashable).
    public init(string: String) {
        self.init(unchecked: .str(string), hash: PythonHash.hashString(string))
    }
}
