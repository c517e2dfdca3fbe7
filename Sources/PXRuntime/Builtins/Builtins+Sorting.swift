/// `sorted`, `list.sort`, and the key order `min` and `max` share: keys are computed once (decorate, sort,
/// undecorate), and keys that are all ints, all floats or all strs, or tuples of those, compare natively.
extension Builtins {
    /// `sorted` and `list.sort`: a stable sort with an optional key and reverse (equal keys keep their order
    /// with `reverse` too, as in CPython).
    static func sortValues(_ items: [Value], key: Value?, reverse: Bool, _ vm: Interpreter) throws -> [Value] {
        var keys: [Value] = items
        if let key, !(key.isNone) {
            keys = []
            keys.reserveCapacity(items.count)
            for item in items { keys.append(try vm.call(key, item)) }
        }
        let order: [Int]
        if let ints = keys.sortKeys({ (v: Value) -> Int? in if case .int(let i) = v { i } else { nil } }) {
            order = sortedIndices(ints, reverse: reverse) { $0 < $1 }
        } else if let doubles = keys.sortKeys({ (v: Value) -> Double? in if case .float(let d) = v { d } else { nil } }) {
            order = sortedIndices(doubles, reverse: reverse) { $0 < $1 }
        } else if let strings = keys.sortKeys({ (v: Value) -> String? in if case .str(let s) = v { s } else { nil } }) {
            order = sortedIndices(strings, reverse: reverse) { StringOrder.compare($0, $1) < 0 }
        } else if let columns = SortKeyColumns(keys) {
            order = columns.sortedIndices(reverse: reverse)
        } else {
            // The first comparison that raises stops the sort.
            order = try sortedIndices(keys, reverse: reverse) { try less($0, $1) }
        }
        return order.map { items[$0] }
    }

    /// The positions of `keys` in stable sorted order by `less` (reversed by `reverse`, equal keys in their
    /// original order either way).
    static func sortedIndices<T>(_ keys: [T], reverse: Bool, _ less: (T, T) throws -> Bool) rethrows -> [Int] {
        var decorated = Array(zip(keys, keys.indices))
        // The standard library's sort is stable.
        if reverse {
            try decorated.sort { try less($1.0, $0.0) }
        } else {
            try decorated.sort { try less($0.0, $1.0) }
        }
        return decorated.map(\.1)
    }

    /// Python's `a < b` for sort keys: natively for ints, non-NaN floats, strs and tuples of them, through
    /// `Operations.order` for everything else.
    static func less(_ a: Value, _ b: Value) throws -> Bool {
        if let c = compareKeys(a, b) { return c < 0 }
        return try Operations.order(.less, a, b)
    }

    /// A three-way comparison of two keys that Python orders as plain values (ints, floats that are not NaN,
    /// strs, and tuples of them); nil for any other pair, which `Operations.order` decides.
    static func compareKeys(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : x == y ? 0 : 1
        case (.float(let x), .float(let y)):
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : x == y ? 0 : 1
        case (.str(let x), .str(let y)): return StringOrder.compare(x, y)
        case (.tuple(let x), .tuple(let y)):
            for i in 0..<min(x.count, y.count) {
                guard let c = compareKeys(x[i], y[i]) else { return nil }
                if c != 0 { return c }
            }
            return x.count - y.count
        default: return nil
        }
    }
}

private extension Array where Element == Value {
    /// The keys as Swift values when every one of them has the type `extract` accepts; nil otherwise.
    func sortKeys<T>(_ extract: (Value) -> T?) -> [T]? {
        var out: [T] = []
        out.reserveCapacity(count)
        for v in self {
            guard let x = extract(v) else { return nil }
            out.append(x)
        }
        return out
    }
}
