/// Tuple sort keys (`key=lambda r: (r["city"], -r["score"], r["id"])`) taken apart column by column into
/// typed storage, so that the comparisons of the sort read plain ints, doubles and strings and neither match
/// `Value` cases nor retain the tuples' arrays. Used when every key is a tuple of the same length whose
/// items at each position are all ints, all floats that are not NaN, or all strs: Python orders those
/// tuples item by item exactly as the columns compare.
struct SortKeyColumns: ~Copyable {
    /// The type of one column.
    private enum Kind { case int, double, string }

    /// One column: `count` numbers (doubles by bit pattern) or strings, in key order.
    private struct Column {
        let kind: Kind
        let numbers: UnsafeMutablePointer<Int>?
        let strings: UnsafeMutablePointer<String>?
    }

    private let columns: [Column]
    private let count: Int

    /// The columns of `keys`; nil when they are not tuples of one length and one type per position.
    init?(_ keys: [Value]) {
        guard case .tuple(let first) = keys.first, !first.isEmpty else { return nil }
        var kinds: [Kind] = []
        for item in first {
            switch item {
            case .int: kinds.append(.int)
            case .float: kinds.append(.double)
            case .str: kinds.append(.string)
            default: return nil
            }
        }
        let n = keys.count
        var built: [Column] = []
        for kind in kinds {
            built.append(Column(kind: kind, numbers: kind == .string ? nil : .allocate(capacity: n),
                                strings: kind == .string ? .allocate(capacity: n) : nil))
        }
        // Strings are initialised row by row; on a mismatch the rows filled so far are deinitialised.
        var filled = 0
        var fits = true
        rows: for key in keys {
            guard case .tuple(let items) = key, items.count == kinds.count else { fits = false; break }
            for (c, item) in items.enumerated() {
                let column = built[c]
                switch (column.kind, item) {
                case (.int, .int(let i)): column.numbers?[filled] = i
                case (.double, .float(let d)) where !d.isNaN: column.numbers?[filled] = Int(bitPattern: UInt(d.bitPattern))
                case (.string, .str(let s)): (column.strings.map { $0 + filled })?.initialize(to: s)
                default:
                    // Strings of this row already stored in earlier columns are released with the row.
                    for earlier in built[..<c] { (earlier.strings.map { $0 + filled })?.deinitialize(count: 1) }
                    fits = false
                    break rows
                }
            }
            filled += 1
        }
        guard fits else {
            Self.release(built, filled)
            return nil
        }
        columns = built
        count = n
    }

    deinit {
        Self.release(columns, count)
    }

    private static func release(_ columns: [Column], _ rows: Int) {
        for column in columns {
            column.numbers?.deallocate()
            if let strings = column.strings {
                strings.deinitialize(count: rows)
                strings.deallocate()
            }
        }
    }

    /// The positions of the keys in stable sorted order (reversed by `reverse`, equal keys in their original
    /// order either way).
    func sortedIndices(reverse: Bool) -> [Int] {
        var order = Array(0..<count)
        columns.withUnsafeBufferPointer { columns in
            func less(_ i: Int, _ j: Int) -> Bool {
                for column in columns {
                    switch column.kind {
                    case .int:
                        guard let numbers = column.numbers else { continue }
                        let a = numbers[i], b = numbers[j]
                        if a != b { return a < b }
                    case .double:
                        guard let numbers = column.numbers else { continue }
                        let a = Double(bitPattern: UInt64(UInt(bitPattern: numbers[i])))
                        let b = Double(bitPattern: UInt64(UInt(bitPattern: numbers[j])))
                        if a != b { return a < b }
                    case .string:
                        guard let strings = column.strings else { continue }
                        let c = StringOrder.compare(strings[i], strings[j])
                        if c != 0 { return c < 0 }
                    }
                }
                return false
            }
            // The standard library's sort is stable.
            if reverse {
                order.sort { less($1, $0) }
            } else {
                order.sort { less($0, $1) }
            }
        }
        return order
    }
}
