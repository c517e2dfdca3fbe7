/// The storage of a `dict`: entries in insertion order (CPython's compact dict) and an open-addressing index
/// whose slots hold, beside an entry's position, 32 bits of its key's mixed hash. A probe compares those bits
/// first and reads a key only when they match, so looking up an absent key (every insertion) rarely touches
/// the entries.
///
/// Removing an entry leaves a hole in the entry arrays (CPython's deleted entry), so the positions of the
/// others do not change and removal costs O(1); its index slot is cleared by shifting the later slots of its
/// probe run back (linear probing, so the index needs no tombstones). Holes at either end are trimmed at once
/// (`popitem` stays LIFO and O(1)); the others go when the entries are compacted, at the next insertion that
/// finds the arrays as long as the index. The index grows as CPython's: to three times the entries, and it
/// holds up to two thirds of its size (a dict of 5 entries fits in 8 slots).
///
/// The collection's indices are entry positions: `index(after:)` skips holes, and `count` is the number of
/// live entries.
///
/// Comparing keys may run Python code (a key's `__eq__`), which may change the very dict being searched. The
/// key-based members (`subscript(key:)`, `updateValue`, `removeValue`, `index(forKey:)`) may run it while
/// they access the table, so they are only for tables no Python code can reach (one being built). A
/// `DictObject`'s table is searched with `probe(_:from:)`, which stops before such a comparison; the dict runs
/// it with no access held, and `layout` tells whether the search must start again.
public struct DictTable: BidirectionalCollection {
    /// One step of a search that stops before comparing keys with Python code.
    public enum Probe {
        /// The key is at `position`, whose index slot is `slot`.
        case found(slot: Int, position: Int)
        /// The key is absent; a new entry for it goes to `slot`.
        case absent(slot: Int)
        /// The key at `position` (index slot `slot`) has the key's hash, but comparing them runs Python code.
        case compare(slot: Int, position: Int)
    }

    /// The keys by position; a hole holds `DictTable.hole`.
    private var entryKeys: [HashKey] = []
    /// The values by position; a hole holds `.undefined`.
    private var entryValues: [Value] = []
    /// 0 for an empty slot, else the key's hash bits (high 32 bits) and its entry's position + 1 (low 32 bits).
    private var slots: [UInt64] = []
    /// The number of live entries.
    public private(set) var count = 0
    /// The position of the first live entry (`entryKeys.count` when there is none).
    private var head = 0
    /// Changes whenever a slot or an entry may have moved, or an entry was removed: a search interrupted by
    /// Python code resumes only when this is unchanged (as CPython's `lookdict` restarts when the table changed).
    public private(set) var layout: UInt = 0

    /// The key of a removed entry.
    private static let hole = HashKey(unchecked: .undefined, hash: 0)

    /// An empty table.
    public init() {}

    /// An empty table with room for `capacity` entries before it grows (CPython presizes dict displays and
    /// `json` objects alike), so a 7-key dict allocates its arrays once instead of twice.
    public init(minimumCapacity capacity: Int) {
        guard capacity > 0 else { return }
        var size = 8
        while Self.usable(size) < capacity { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        entryKeys.reserveCapacity(Self.usable(size))
        entryValues.reserveCapacity(Self.usable(size))
    }

    public var startIndex: Int { head }
    public var endIndex: Int { entryKeys.count }
    public var isEmpty: Bool { count == 0 }

    public func index(after i: Int) -> Int {
        var p = i + 1
        while p < entryKeys.count, isHole(p) { p += 1 }
        return p
    }

    public func index(before i: Int) -> Int {
        var p = i - 1
        while p > head, isHole(p) { p -= 1 }
        return p
    }

    /// The entry at `position` (a live entry's position).
    public subscript(position: Int) -> (key: HashKey, value: Value) {
        (entryKeys[position], entryValues[position])
    }

    /// The entries (the table itself), as `OrderedDictionary.elements` named them.
    public var elements: DictTable { self }

    /// The keys in insertion order.
    public var keys: [HashKey] { map(\.key) }

    /// The values, in the order of `keys`.
    public var values: [Value] { map(\.value) }

    /// The key at `position` (a live entry's position).
    public func key(at position: Int) -> HashKey { entryKeys[position] }

    /// The value at `position` (a live entry's position).
    public func value(at position: Int) -> Value { entryValues[position] }

    /// The first live position at or after `position` (forward) or at or before it (backward), or nil; for
    /// iterators, which keep a position across changes of the table.
    public func livePosition(from position: Int, forward: Bool) -> Int? {
        var p = Swift.max(position, head)
        if forward {
            while p < entryKeys.count {
                if !isHole(p) { return p }
                p += 1
            }
            return nil
        }
        p = Swift.min(position, entryKeys.count - 1)
        while p >= head {
            if !isHole(p) { return p }
            p -= 1
        }
        return nil
    }

    /// The value of `key`; setting nil removes the entry, setting a value to a present key keeps the key
    /// object and its position.
    public subscript(key: HashKey) -> Value? {
        get {
            guard let i = find(key).index else { return nil }
            return entryValues[i]
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
            let old = entryValues[index]
            entryValues[index] = value
            return old
        }
        insert(key, value, slot: slot)
        return nil
    }

    /// Replaces the value of the live entry at `position`.
    public mutating func setValue(_ value: Value, at position: Int) {
        entryValues[position] = value
    }

    /// Appends a new entry for `key`, absent from the table, whose search ended at the empty `slot` (a `probe`
    /// of the current `layout`).
    public mutating func insert(_ key: HashKey, _ value: Value, slot: Int) {
        if count >= Self.usable(slots.count) || entryKeys.count >= slots.count {
            let size = Self.indexSize(count)
            compact(capacity: Self.usable(size))
            entryKeys.append(key)
            entryValues.append(value)
            count += 1
            rebuildSlots(size: size)
        } else {
            slots[slot] = Self.slotValue(hashBits: Self.hashBits(key), position: entryKeys.count)
            entryKeys.append(key)
            entryValues.append(value)
            count += 1
        }
    }

    /// Adds `key`, known to be absent (no key of the table equals it), first or last among the entries
    /// (`OrderedDict.move_to_end`); no keys are compared.
    public mutating func insertAbsent(_ key: HashKey, _ value: Value, first: Bool) {
        guard first else {
            insert(key, value, slot: emptySlot(for: key))
            return
        }
        if head > 0, count < Self.usable(slots.count) {
            // The hole before the first entry takes it.
            head -= 1
            entryKeys[head] = key
            entryValues[head] = value
            slots[emptySlot(for: key)] = Self.slotValue(hashBits: Self.hashBits(key), position: head)
            count += 1
            return
        }
        let size = Self.indexSize(count)
        compact(capacity: Self.usable(size))
        entryKeys.insert(key, at: 0)
        entryValues.insert(value, at: 0)
        count += 1
        rebuildSlots(size: size)
    }

    /// Removes `key`'s entry; returns its value, or nil when absent.
    @discardableResult
    public mutating func removeValue(forKey key: HashKey) -> Value? {
        let (slot, index) = find(key)
        guard let index else { return nil }
        return remove(slot: slot, position: index).value
    }

    /// Removes the entry at `position` (a live entry's position).
    @discardableResult
    public mutating func remove(at position: Int) -> (key: HashKey, value: Value) {
        remove(slot: slotOfPosition(position), position: position)
    }

    /// Removes the entry at `position`, found in index slot `slot` by a `probe` of the current `layout`.
    @discardableResult
    public mutating func remove(slot: Int, position: Int) -> (key: HashKey, value: Value) {
        layout &+= 1
        return removeEntry(slot: slot, position: position)
    }

    /// Removes the last entry (the table is not empty).
    @discardableResult
    public mutating func removeLast() -> (key: HashKey, value: Value) {
        remove(at: entryKeys.count - 1)
    }

    /// Removes every entry.
    public mutating func removeAll() {
        layout &+= 1
        entryKeys = []
        entryValues = []
        slots = []
        count = 0
        head = 0
    }

    // MARK: - The index

    /// How many entries an index of `size` slots holds (CPython's two thirds: 5 of 8).
    private static func usable(_ size: Int) -> Int { size * 2 / 3 }

    /// The index size for a table growing from `count` entries: a power of two of at least three times the
    /// entries (CPython's growth rate), and at least 8.
    private static func indexSize(_ count: Int) -> Int {
        var size = 8
        while size < count * 3 || usable(size) <= count { size *= 2 }
        return size
    }

    private func isHole(_ position: Int) -> Bool {
        if case .undefined = entryKeys[position].value { return true }
        return false
    }

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

    /// The slot where `key` is (with its entry's position) or where it would go; comparisons that need Python
    /// code run here, with the table accessed (see the type's note).
    private func find(_ key: HashKey) -> (slot: Int, index: Int?) {
        var from: Int?
        while true {
            switch probe(key, from: from) {
            case .found(let slot, let position): return (slot, position)
            case .absent(let slot): return (slot, nil)
            case .compare(let slot, let position):
                if Value.keysEqual(entryKeys[position].value, key.value) { return (slot, position) }
                from = (slot + 1) & (slots.count - 1)
            }
        }
    }

    /// Searches for `key` from index slot `from` (its first slot when nil), comparing keys that need no Python
    /// code; stops at the key, at an empty slot, or before a comparison that needs Python code.
    public func probe(_ key: HashKey, from: Int? = nil) -> Probe {
        guard !slots.isEmpty else { return .absent(slot: 0) }
        let bits = Self.hashBits(key)
        let mask = slots.count - 1
        return slots.withUnsafeBufferPointer { table in
            var s = from ?? Int(truncatingIfNeeded: bits) & mask
            while true {
                let v = table[s]
                if v == 0 { return .absent(slot: s) }
                if v >> 32 == bits {
                    let i = Self.position(v)
                    switch HashKey.equalWithoutCode(entryKeys[i], key) {
                    case true?: return .found(slot: s, position: i)
                    case nil: return .compare(slot: s, position: i)
                    case false?: break
                    }
                }
                s = (s + 1) & mask
            }
        }
    }

    /// The slot after `slot` in a probe run.
    public func slot(after slot: Int) -> Int { (slot + 1) & (slots.count - 1) }

    /// The first empty slot of `key`'s probe run.
    private func emptySlot(for key: HashKey) -> Int {
        guard !slots.isEmpty else { return 0 }
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: Self.hashBits(key)) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        return s
    }

    /// The slot that holds the entry at `position`.
    private func slotOfPosition(_ position: Int) -> Int {
        let bits = Self.hashBits(entryKeys[position])
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: bits) & mask
        while Self.position(slots[s]) != position { s = (s + 1) & mask }
        return s
    }

    /// Removes the entry at `position`, whose slot is `slot`: later slots of the run move back where their
    /// probe allows, and the entry becomes a hole (trimmed when it is at either end).
    private mutating func removeEntry(slot: Int, position: Int) -> (key: HashKey, value: Value) {
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
        }
        let removed = (key: entryKeys[position], value: entryValues[position])
        entryKeys[position] = Self.hole
        entryValues[position] = .undefined
        count -= 1
        while let last = entryKeys.last, case .undefined = last.value {
            entryKeys.removeLast()
            entryValues.removeLast()
        }
        if count == 0 {
            head = 0
        } else if position == head {
            while isHole(head) { head += 1 }
        }
        return removed
    }

    /// Drops the holes from the entry arrays, which get room for `capacity` entries (their positions change;
    /// `rebuildSlots` must follow).
    private mutating func compact(capacity: Int) {
        layout &+= 1
        guard entryKeys.count != count else {
            entryKeys.reserveCapacity(capacity)
            entryValues.reserveCapacity(capacity)
            return
        }
        var keys: [HashKey] = []
        var values: [Value] = []
        keys.reserveCapacity(Swift.max(capacity, count + 1))
        values.reserveCapacity(Swift.max(capacity, count + 1))
        for position in head..<entryKeys.count where !isHole(position) {
            keys.append(entryKeys[position])
            values.append(entryValues[position])
        }
        entryKeys = keys
        entryValues = values
        head = 0
    }

    /// Makes a new index of `size` slots for the entries (which have no holes).
    private mutating func rebuildSlots(size: Int) {
        layout &+= 1
        var table = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        table.withUnsafeMutableBufferPointer { table in
            for (position, key) in entryKeys.enumerated() {
                let bits = Self.hashBits(key)
                var s = Int(truncatingIfNeeded: bits) & mask
                while table[s] != 0 { s = (s + 1) & mask }
                table[s] = Self.slotValue(hashBits: bits, position: position)
            }
        }
        slots = table
    }
}
