// MARK: - product, permutations, combinations: CPython's index algorithms over pools read once

extension ItertoolsModule {
    /// The `r` argument: an int, or nil when absent or None.
    static func length(_ v: Value?) throws -> Int? {
        switch v {
        case nil, .none?: return nil
        case .int(let n)?:
            guard n >= 0 else { throw RuntimeError.valueError("r must be non-negative") }
            return n
        case .bool(let b)?: return b ? 1 : 0
        default: throw RuntimeError.typeError("Expected int as r")
        }
    }

    static let product = type("product", doc: "Cartesian product of input iterables.  Equivalent to nested "
                              + "for-loops.") { args, vm, type in
        try args.check("product", min: 0, max: Int.max, keywords: ["repeat"])
        let repeats = try args.keyword("repeat").map { try StringMethods.integer($0) } ?? 1
        guard repeats >= 0 else { throw RuntimeError.valueError("repeat argument cannot be negative") }
        let distinct = try args.positional.map { try Operations.collect($0, vm) }
        var pools: [[Value]] = []
        for _ in 0..<repeats { pools += distinct }
        var indices = Array(repeating: 0, count: pools.count)
        var isFirst = true
        var isDone = pools.contains { $0.isEmpty }
        return IteratorObject(type: type) {
            if isDone { return nil }
            if isFirst {
                isFirst = false
            } else {
                var i = pools.count - 1
                while i >= 0 {
                    indices[i] += 1
                    if indices[i] < pools[i].count { break }
                    indices[i] = 0
                    i -= 1
                }
                if i < 0 {
                    isDone = true
                    return nil
                }
            }
            return .tuple(indices.enumerated().map { pools[$0.offset][$0.element] })
        }
    }

    static let permutations = type("permutations", doc: "Return successive r-length permutations of elements in "
                                   + "the iterable.") { args, vm, type in
        try args.check("permutations", min: 0, max: 2, keywords: ["iterable", "r"])
        guard let iterable = args.argument(0, "iterable") else {
            throw RuntimeError.typeError("permutations() missing required argument 'iterable' (pos 1)")
        }
        let pool = try Operations.collect(iterable, vm)
        let n = pool.count
        let r = try length(args.argument(1, "r")) ?? n
        var indices = Array(0..<n)
        var cycles = (0..<min(r, n)).map { n - $0 }
        var isFirst = true
        var isDone = r > n
        return IteratorObject(type: type) {
            if isDone { return nil }
            if isFirst {
                isFirst = false
                return .tuple(indices.prefix(r).map { pool[$0] })
            }
            var i = r - 1
            while i >= 0 {
                cycles[i] -= 1
                if cycles[i] == 0 {
                    let moved = indices.remove(at: i)
                    indices.append(moved)
                    cycles[i] = n - i
                } else {
                    let j = cycles[i]
                    indices.swapAt(i, n - j)
                    return .tuple(indices.prefix(r).map { pool[$0] })
                }
                i -= 1
            }
            isDone = true
            return nil
        }
    }

    static let combinations = type("combinations", doc: "Return successive r-length combinations of elements in "
                                   + "the iterable.") { args, vm, type in
        try combinationIterator("combinations", args, vm, type, withReplacement: false)
    }

    static let combinationsWithReplacement = type(
        "combinations_with_replacement",
        doc: "Return successive r-length combinations of elements in the iterable allowing individual elements to "
            + "have successive repeats.") { args, vm, type in
        try combinationIterator("combinations_with_replacement", args, vm, type, withReplacement: true)
    }

    /// `combinations` and `combinations_with_replacement`, in lexicographic order of positions.
    static func combinationIterator(_ name: String, _ args: Arguments, _ vm: Interpreter, _ type: TypeObject,
                                    withReplacement: Bool) throws -> IteratorObject {
        try args.check(name, min: 0, max: 2, keywords: ["iterable", "r"])
        guard let iterable = args.argument(0, "iterable") else {
            throw RuntimeError.typeError("\(name)() missing required argument 'iterable' (pos 1)")
        }
        guard let rValue = args.argument(1, "r") else {
            throw RuntimeError.typeError("\(name)() missing required argument 'r' (pos 2)")
        }
        if case .none = rValue { throw RuntimeError.typeError("'NoneType' object cannot be interpreted as an integer") }
        let pool = try Operations.collect(iterable, vm)
        let n = pool.count
        let r = try length(rValue) ?? 0
        var indices = withReplacement ? Array(repeating: 0, count: r) : Array(0..<min(r, n))
        var isFirst = true
        var isDone = withReplacement ? (n == 0 && r > 0) : r > n
        return IteratorObject(type: type) {
            if isDone { return nil }
            if isFirst {
                isFirst = false
                return .tuple(indices.map { pool[$0] })
            }
            var i = r - 1
            if withReplacement {
                while i >= 0 && indices[i] == n - 1 { i -= 1 }
                if i < 0 {
                    isDone = true
                    return nil
                }
                let value = indices[i] + 1
                for j in i..<r { indices[j] = value }
            } else {
                while i >= 0 && indices[i] == i + n - r { i -= 1 }
                if i < 0 {
                    isDone = true
                    return nil
                }
                indices[i] += 1
                for j in (i + 1)..<max(i + 1, r) { indices[j] = indices[j - 1] + 1 }
            }
            return .tuple(indices.map { pool[$0] })
        }
    }
}
