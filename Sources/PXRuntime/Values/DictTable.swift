/// The storage of a `dict`: entries in insertion order (CPython's compact dict) and an open-addressing index
/// whose slots hold, beside an entry's position, 32 bits of its key's mixed hash. A probe compares those bits
/// first and reads a key only when they match, so looking up an absent key (every insertion) rarely touches
/// the entries, and the slot of an entry is known without its key, so removal shifts slots back (linear
/// probing, no tombstones).
public struct DictTable: RandomAccessCollection {
    /// The keys in insertion order.
    public private(set) var keys: [HashKey] = []
    /// The values, in the order of `keys`.
    public private(set) var values: [Value] = []
    /// 0 for an empty slot, else the key's hash bits (high 32 bits) and its entry's position + 1 (low 32 bits).
    private var slots: [UInt64] = []

    /// An empty table.
    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { keys.count }

    /// The entry at `position`.
    public subscript(position: Int) -> (key: HashKey, value: Value) {
        (keys[position], values[position])
    }

    /// The entries (the table itself), as `OrderedDictionary.elements` named them.
    public var elements: DictTable { self }

    /// The value of `key`; setting nil removes the entry, setting a value to a present key keeps the key
    /// object and its position.
    public subscript(key: HashKey) -> Value? {
        get {
            guard let i = find(key).index else { return nil }
            return values[i]
        }
        set {
            if let newValue {
                updateValue(newValue, forKey: key)
            } else {
                removeValue(forKey: key)
            }
        }
    }

    /// The position of `key`'s entry, or nil.
    public func index(forKey key: HashKey) -> Int? {
        find(key).index
    }

    /// Sets `key` to `value` (appended when new); returns the previous value.
    @discardableResult
    public mutating func updateValue(_ value: Value, forKey key: HashKey) -> Value? {
        let (slot, index) = find(key)
        if let index {
            let old = values[index]
            values[index] = value
            return old
        }
        if (keys.count + 1) * 2 > slots.count {
            keys.append(key)
            values.append(value)
            rebuildSlots()
        } else {
            slots[slot] = Self.slotValue(hashBits: Self.hashBits(key), position: keys.count)
            keys.append(key)
            values.append(value)
        }
        return nil
    }

    /// Sets `key` to `value`, a new key inserted at `position` (`OrderedDict.move_to_end(last=False)`).
    public mutating func updateValue(_ value: Value, forKey key: HashKey, insertingAt position: Int) {
        if let index = find(key).index {
            values[index] = value
            return
        }
        let at = Swift.max(0, Swift.min(position, keys.count))
        keys.insert(key, at: at)
        values.insert(value, at: at)
        rebuildSlots()
    }

    /// Removes `key`'s entry; returns its value, or nil when absent.
    @discardableResult
    public mutating func removeValue(forKey key: HashKey) -> Value? {
        let (slot, index) = find(key)
        guard let index else { return nil }
        return remove(slot: slot, position: index).value
    }

    /// Removes the entry at `position` (0 ≤ position < count).
    @discardableResult
    public mutating func remove(at position: Int) -> (key: HashKey, value: Value) {
        remove(slot: slotOfPosition(position), position: position)
    }

    /// Removes the last entry (the table is not empty).
    @discardableResult
    public mutating func removeLast() -> (key: HashKey, value: Value) {
        remove(at: keys.count - 1)
    }

    /// Removes every entry.
    public mutating func removeAll() {
        keys = []
        values = []
        slots = []
    }

    // MARK: - The index

    /// 32 bits of the key's hash, mixed (Python's hashes of small ints are the ints themselves).
    private static func hashBits(_ key: HashKey) -> UInt64 {
        var x = UInt64(UInt(bitPattern: key.pythonHash))
        x = (x ^ (x >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        x = (x ^ (x >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return (x ^ (x >> 33)) >> 32
    }

    private static func slotValue(hashBits: UInt64, position: Int) -> UInt64 {
        hashBits << 32 | UInt64(truncatingIfNeeded: position + 1)
    }

    private static func position(_ slot: UInt64) -> Int { Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1 }

    /// The slot where `key` is (with its entry's position) or where it would go.
    private func find(_ key: HashKey) -> (slot: Int, index: Int?) {
        guard !slots.isEmpty else { return (0, nil) }
        let bits = Self.hashBits(key)
        let mask = slots.count - 1
        return slots.withUnsafeBufferPointer { table in
            var s = Int(truncatingIfNeeded: bits) & mask
            while true {
                let v = table[s]
                if v == 0 { return (s, nil) }
                if v >> 32 == bits {
                    let i = Self.position(v)
                    if keys[i] == key { return (s, i) }
                }
                s = (s + 1) & mask
            }
        }
    }

    /// The slot that holds the entry at `position`.
    private func slotOfPosition(_ position: Int) -> Int {
        let bits = Self.hashBits(keys[position])
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: bits) & mask
        while Self.position(slots[s]) != position { s = (s + 1) & mask }
        return s
    }

    /// Removes the entry at `position`, whose slot is `slot`: later slots of the run move back where their
    /// probe allows, and positions after the removed entry shift down by one.
    private mutating func remove(slot: Int, position: Int) -> (key: HashKey, value: Value) {
        let mask = slots.count - 1
        slots.withUnsafeMutableBufferPointer { table in
            var hole = slot
            var s = (slot + 1) & mask
            while table[s] != 0 {
                let ideal = Int(truncatingIfNeeded: table[s] >> 32) & mask
                // The entry at s may fill the hole when its ideal slot is not cyclically in (hole, s].
                if (s - ideal) & mask >= (s - hole) & mask {
                    table[hole] = table[s]
                    hole = s
                }
                s = (s + 1) & mask
            }
            table[hole] = 0
            if position != keys.count - 1 {
                for k in table.indices where table[k] != 0 && Self.position(table[k]) > position { table[k] -= 1 }
            }
        }
        return (keys.remove(at: position), values.remove(at: position))
    }

    /// Makes a new index for the entries, at most half full.
    private mutating func rebuildSlots() {
        var size = 8
        while size < keys.count * 2 { size *= 2 }
        var table = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        table.withUnsafeMutableBufferPointer { table in
            for (position, key) in keys.enumerated() {
                let bits = Self.hashBits(key)
                var s = Int(truncatingIfNeeded: bits) & mask
                while table[s] != 0 { s = (s + 1) & mask }
                table[s] = Self.slotValue(hashBits: bits, position: position)
            }
        }
        slots = table
    }
}
