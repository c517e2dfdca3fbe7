/// A mutable, insertion-ordered dictionary.
///
/// Every search by key goes through `locate(_:)`: a key whose `__eq__` runs Python code is compared with no
/// access to the table held, so that code may change this very dict; the search then starts again when the
/// table moved (CPython's `lookdict`). Errors raised by `__eq__` pass on.
public final class DictObject {
    /// The entries in insertion order. Change them through the dict's methods, which search keys safely.
    ///
    /// Exclusivity is not checked at run time (the checks cost about a tenth of a dict-heavy program), and
    /// nothing can break it: the only accesses that last beyond an instant are this file's, which modify the
    /// table in place (`inPlace`, `setValue`, `insert`, `remove` …) and run no Python code and nothing else that
    /// could reach this dict meanwhile. Keys are hashed before and compared with `__eq__` after such an access
    /// (`locate`); the values it releases run only deinitializers, which run no Python code (a generator's
    /// `finally` is scheduled for later, `DeferredRelease` queues deep contents). Code elsewhere can only read
    /// `storage`, which copies the table (copy on write), so Python code it runs sees a table of its own.
    @exclusivity(unchecked) public private(set) var storage: DictTable

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
    public var count: Int { inPlace { $0.count } }

    /// Where `key` is (its index slot and entry position), or the slot where it would go, in the table as it
    /// is when this returns.
    /// - Throws: what a key's `__eq__` raises.
    func locate(_ key: HashKey) throws -> (slot: Int, position: Int?) {
        var from: Int?
        while true {
            switch inPlace({ $0.probe(key, from: from) }) {
            case .found(let slot, let position): return (slot, position)
            case .absent(let slot): return (slot, nil)
            case .compare(let slot, let position):
                let (layout, stored) = inPlace { ($0.layout, $0.key(at: position).value) }
                let equal = try Operations.itemEquals(stored, key.value)
                if inPlace({ $0.layout }) != layout {
                    from = nil
                } else if equal {
                    return (slot, position)
                } else {
                    from = inPlace { $0.slot(after: slot) }
                }
            }
        }
    }

    /// Runs `body` on the table in place: reading `storage` would copy it (three array retains and releases
    /// for every lookup). `body` must run no Python code (see `storage`).
    @inline(__always)
    private func inPlace<R>(_ body: (inout DictTable) -> R) -> R {
        body(&storage)
    }

    /// The value for `key`, or nil.
    public func get(_ key: Value) throws -> Value? {
        try get(HashKey(key))
    }

    /// The value for a hashed key, or nil.
    public func get(_ key: HashKey) throws -> Value? {
        guard let position = try locate(key).position else { return nil }
        return inPlace { $0.value(at: position) }
    }

    /// Sets `key` to `value`; an equal existing key keeps its position and original key object.
    public func set(_ key: Value, _ value: Value) throws {
        try set(HashKey(key), value)
    }

    /// Sets a hashed key to `value`.
    public func set(_ key: HashKey, _ value: Value) throws {
        let (slot, position) = try locate(key)
        if let position {
            storage.setValue(value, at: position)
        } else {
            storage.insert(key, value, slot: slot)
        }
    }

    /// `d.setdefault(key, value)`: the value of `key`, set to `value` first when absent (the key hashed once).
    func setDefault(_ key: Value, _ value: Value) throws -> Value {
        let k = try HashKey(key)
        let (slot, position) = try locate(k)
        if let position { return inPlace { $0.value(at: position) } }
        storage.insert(k, value, slot: slot)
        return value
    }

    /// Sets a string key (an error of a key's `__eq__` on the way is dropped).
    public func set(_ key: String, _ value: Value) {
        try? set(HashKey(string: key), value)
    }

    /// Replaces the value at `position`, a live entry's position that `locate` gave with no Python code run
    /// since.
    func setValue(_ value: Value, at position: Int) {
        storage.setValue(value, at: position)
    }

    /// Adds `key` at `slot`, where `locate` found it absent with no Python code run since.
    func insert(_ key: HashKey, _ value: Value, slot: Int) {
        storage.insert(key, value, slot: slot)
    }

    /// Removes `key`, returning its value if present.
    @discardableResult
    public func remove(_ key: Value) throws -> Value? {
        try remove(HashKey(key))
    }

    /// Removes a hashed key, returning its value if present.
    @discardableResult
    public func remove(_ key: HashKey) throws -> Value? {
        let (slot, position) = try locate(key)
        guard let position else { return nil }
        return storage.remove(slot: slot, position: position).value
    }

    /// Removes the entry at `position` (a live entry's position).
    @discardableResult
    func remove(at position: Int) -> (key: HashKey, value: Value) {
        storage.remove(at: position)
    }

    /// Removes every entry.
    func removeAll() {
        storage.removeAll()
    }

    /// Moves `key` to the end, or to the front (`OrderedDict.move_to_end`).
    /// - Throws: `KeyError` when absent; what a key's `__eq__` raises.
    func moveToEnd(_ key: HashKey, last: Bool) throws {
        guard let position = try locate(key).position else { throw RuntimeError.keyError(key.value) }
        let (k, v) = storage.remove(at: position)
        storage.insertAbsent(k, v, first: !last)
    }

    /// The keys in order.
    public var keys: [Value] { storage.keys.map(\.value) }

    /// The entry at `position` (a live entry's position), read in place (as the other readers below).
    func entry(at position: Int) -> (key: HashKey, value: Value) { inPlace { $0[position] } }

    /// The key at `position` (a live entry's position).
    func key(at position: Int) -> Value { inPlace { $0.key(at: position).value } }

    /// The value at `position` (a live entry's position).
    func value(at position: Int) -> Value { inPlace { $0.value(at: position) } }

    /// The first live position at or after `position` (forward) or at or before it (backward), or nil.
    func livePosition(from position: Int, forward: Bool) -> Int? {
        inPlace { $0.livePosition(from: position, forward: forward) }
    }
}

extension HashKey {
    /// A key for a string (strings are always hashable).
    public init(string: String) {
        self.init(unchecked: .str(string), hash: PythonHash.hashString(string))
    }
}
