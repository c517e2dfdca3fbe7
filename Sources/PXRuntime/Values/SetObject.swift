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
    /// Changes whenever an entry may have moved or changed (a resize, a removal, an element stored over a
    /// removed one; not an element stored in an unused entry), so a search interrupted by an element's `__eq__`
    /// knows whether to start again (as CPython's `set_lookkey`).
    var layout: UInt = 0
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
    /// - Throws: `TypeError` when unhashable; what an element's `__eq__` raises.
    public func contains(_ value: Value) throws -> Bool {
        let hash = try PythonHash.hash(value)
        return try find(value, hash: hash) != nil
    }

    /// Whether the element `key` (stored with `value`'s hash) equals `value`. An element's `__eq__` may change
    /// this set: `restart` then tells the search to start again (CPython's `set_lookkey`).
    private func matches(_ key: Value, _ value: Value, restart: inout Bool) throws -> Bool {
        if let equal = Value.equalWithoutCode(key, value) { return equal }
        let version = layout
        let equal = try Operations.itemEquals(key, value)
        restart = layout != version
        return equal && !restart
    }

    /// The table index of the element equal to `value`, or nil.
    func find(_ value: Value, hash: Int) throws -> Int? {
        search: while true {
            var i = hash & mask
            var perturb = UInt(bitPattern: hash)
            while true {
                var probes = i + SetObject.linearProbes <= mask ? SetObject.linearProbes : 0
                var j = i
                while true {
                    let entry = table[j]
                    guard let key = entry.key else { return nil }
                    if entry.hash == hash, !key.isUndefined {
                        var restart = false
                        if try matches(key, value, restart: &restart) { return j }
                        if restart { continue search }
                    }
                    if probes == 0 { break }
                    probes -= 1
                    j += 1
                }
                perturb >>= UInt(SetObject.perturbShift)
                i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
        }
    }

    /// Adds `value`.
    /// - Throws: `TypeError` when unhashable; what an element's `__eq__` raises.
    public func add(_ value: Value) throws {
        try insert(value, hash: PythonHash.hash(value))
    }

    func insert(_ value: Value, hash: Int) throws {
        search: while true {
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
                            layout &+= 1
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
                    } else if entry.hash == hash {
                        var restart = false
                        if try matches(key, value, restart: &restart) { return }
                        if restart { continue search }
                    }
                    if probes == 0 { break }
                    probes -= 1
                    j += 1
                }
                perturb >>= UInt(SetObject.perturbShift)
                i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
        }
    }

    func resize(minimumUsed: Int) {
        layout &+= 1
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
        guard let j = try find(value, hash: hash) else { return false }
        layout &+= 1
        table[j] = Entry(hash: -1, key: .undefined)
        count -= 1
        return true
    }

    /// Removes every element.
    public func removeAll() {
        layout &+= 1
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
