extension ListObject {
    /// The first index in `start..<stop` whose item equals `value` as containers compare
    /// (`Operations.itemEquals`), or nil. An item's `__eq__` may change the list: as CPython, the length is
    /// read again at each step and each item is read from the list as it is then.
    /// - Throws: what an item's `__eq__` raises.
    func firstIndex(equalTo value: Value, from start: Int = 0, to stop: Int = .max) throws -> Int? {
        var i = Swift.max(0, start)
        while i < stop, let item = element(i) {
            if try Operations.itemEquals(item, value) { return i }
            i += 1
        }
        return nil
    }

    /// How many items equal `value` (`list.count`), the length read again at each step as in
    /// `firstIndex(equalTo:from:to:)`.
    func count(equalTo value: Value) throws -> Int {
        var n = 0
        var i = 0
        while let item = element(i) {
            if try Operations.itemEquals(item, value) { n += 1 }
            i += 1
        }
        return n
    }

    /// `list.sort()`: the list is empty while its key function and comparisons run, as in CPython; when they
    /// changed it, the sorted items are kept, the changes dropped, and `ValueError: list modified during sort`
    /// raised.
    func sort(key: Value?, reverse: Bool, _ vm: Interpreter) throws {
        let saved = items
        items = []
        let sorted: [Value]
        do {
            sorted = try Builtins.sortValues(saved, key: key, reverse: reverse, vm)
        } catch {
            items = saved
            throw error
        }
        // An empty array literal has no storage: anything that stored an item (even one removed since) left some.
        let modified = items.capacity > 0
        items = sorted
        if modified { throw RuntimeError.valueError("list modified during sort") }
    }
}
