/// A set with CPython's open-addressing table, so iteration order matches CPython for numbers: a mutable
/// `set`, or a `frozenset` (hashable; the language never changes it once built).
public final class SetObject {
    struct Entry {
        var hash: Int
        /// nil: never used; `.undefined` value: a deleted entry (CPython's dummy).
        var key: Value?
    }

    var table: [Entry]
    var mask: Int
    var fill = 0
    /// Number of elements.
    public private(set) var count = 0
    /// Whether this is a `frozenset`.
    public let isFrozen: Bool
    /// A frozenset's hash, once computed.
    var frozenHash: Int?

    static let minimumSize = 8
    static let linearProbes = 9
    static let perturbShift = 5

    /// Creates an empty set, or an empty frozenset.
    public init(frozen: Bool = false) {
        table = Array(repeating: Entry(hash: 0, key: nil), count: SetObject.minimumSize)
        mask = SetObject.minimumSize - 1
        isFrozen = frozen
    }

    /// Creates a set (or a frozenset) from elements.
    /// - Throws: `TypeError` for unhashable elements.
    public convenience init(_ elements: [Value], frozen: Bool = false) throws {
        self.init(frozen: frozen)
        for element in elements { try add(element) }
    }

    /// The elements in table order.
    public var elements: [Value] {
        var result: [Value] = []
        result.reserveCapacity(count)
        for entry in table {
            if let key = entry.key, !key.isUndefined { result.append(key) }
        }
        return result
    }

    /// Whether `value` is an element.
    public func contains(_ value: Value) throws -> Bool {
        let hash = try PythonHash.hash(value)
        return find(value, hash: hash) != nil
    }

    func find(_ value: Value, hash: Int) -> Int? {
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            var probes = i + SetObject.linearProbes <= mask ? SetObject.linearProbes : 0
            var j = i
            while true {
                let entry = table[j]
                guard let key = entry.key else { return nil }
                if entry.hash == hash, !key.isUndefined, Value.keysEqual(key, value) { return j }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= UInt(SetObject.perturbShift)
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// Adds `value`.
    /// - Throws: `TypeError` when unhashable.
    public func add(_ value: Value) throws {
        try insert(value, hash: PythonHash.hash(value))
    }

    func insert(_ value: Value, hash: Int) throws {
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        var freeSlot: Int?
        while true {
            var probes = i + SetObject.linearProbes <= mask ? SetObject.linearProbes : 0
            var j = i
            while true {
                let entry = table[j]
                guard let key = entry.key else {
                    if let free = freeSlot {
                        table[free] = Entry(hash: hash, key: value)
                        count += 1
                        return
                    }
                    table[j] = Entry(hash: hash, key: value)
                    fill += 1
                    count += 1
                    if fill * 5 >= mask * 3 { resize(minimumUsed: count > 50000 ? count * 2 : count * 4) }
                    return
                }
                if key.isUndefined {
                    if freeSlot == nil { freeSlot = j }
                } else if entry.hash == hash, Value.keysEqual(key, value) {
                    return
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= UInt(SetObject.perturbShift)
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    func resize(minimumUsed: Int) {
        var size = SetObject.minimumSize
        while size <= minimumUsed { size <<= 1 }
        let old = table
        table = Array(repeating: Entry(hash: 0, key: nil), count: size)
        mask = size - 1
        fill = count
        for entry in old {
            guard let key = entry.key, !key.isUndefined else { continue }
            insertClean(key, hash: entry.hash)
        }
    }

    func insertClean(_ value: Value, hash: Int) {
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            var probes = i + SetObject.linearProbes <= mask ? SetObject.linearProbes : 0
            var j = i
            while true {
                if table[j].key == nil {
                    table[j] = Entry(hash: hash, key: value)
                    return
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= UInt(SetObject.perturbShift)
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// Removes `value`; returns whether it was present.
    @discardableResult
    public func discard(_ value: Value) throws -> Bool {
        let hash = try PythonHash.hash(value)
        guard let j = find(value, hash: hash) else { return false }
        table[j] = Entry(hash: -1, key: .undefined)
        count -= 1
        return true
    }

    /// Removes every element.
    public func removeAll() {
        table = Array(repeating: Entry(hash: 0, key: nil), count: SetObject.minimumSize)
        mask = SetObject.minimumSize - 1
        fill = 0
        count = 0
    }

    /// A copy with the same elements, in the same order: a set, or a frozenset when `frozen`.
    public func copy(frozen: Bool = false) -> SetObject {
        let result = SetObject(frozen: frozen)
        result.table = table
        result.mask = mask
        result.fill = fill
        result.count = count
        return result
    }
}

extension Value {
    var isUndefined: Bool {
        if case .undefined = self { return true }
        return false
    }
}
