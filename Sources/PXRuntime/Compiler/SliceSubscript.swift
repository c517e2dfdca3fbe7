import PXLang

/// `container[lower:upper:step]` compiled for in-place evaluation: a list's slice is taken without a slice
/// object, with integer bounds resolved directly, and a list in a local is read without retaining it
/// (`perm1[:]`, `perm[k::-1]`, `perm[:k + 1] = perm[k::-1]`).
struct SliceSubscript {
    /// The sliced object and the bounds (the constant `None` where omitted).
    let container: InlineExpr
    let lower: InlineExpr
    let upper: InlineExpr
    let step: InlineExpr
    /// The slot of the container when it is a local that may be read in place, or -1: no bound runs code of
    /// the program, which could rebind it (`x[(x := []):]`); the local's own frame is the only code that
    /// rebinds it otherwise. (Decided once, so a hot slice reads no enum payload to find it.)
    private let borrowedSlot: Int

    /// The values a slice read gives to a slice assignment: a list's elements, or any other object as it is.
    enum Source {
        case items([Value])
        case value(Value)
    }

    init(container: InlineExpr, lower: InlineExpr?, upper: InlineExpr?, step: InlineExpr?) {
        self.container = container
        self.lower = lower ?? .constant(.none)
        self.upper = upper ?? .constant(.none)
        self.step = step ?? .constant(.none)
        if case .local(let slot, _) = container, !self.lower.runsCode, !self.upper.runsCode, !self.step.runsCode {
            borrowedSlot = slot
        } else {
            borrowedSlot = -1
        }
    }

    /// The bounds' values, `None` where omitted (evaluated in Python's order, after the container).
    @inline(__always)
    private func bounds(_ fp: UnsafeMutablePointer<Value>, _ ref: InterpreterRef) throws -> (Value, Value, Value) {
        (try lower.evaluate(fp, ref), try upper.evaluate(fp, ref), try step.evaluate(fp, ref))
    }

    /// Runs `list` with a list container and the bounds' values, or `other` with any other container and
    /// the bounds' values.
    @inline(__always)
    private func select<R>(_ fp: UnsafeMutablePointer<Value>, _ ref: InterpreterRef,
                           list: (ListObject, (Value, Value, Value)) throws -> R,
                           other: (Value, Value, Value, Value) throws -> R) throws -> R {
        if borrowedSlot >= 0, let borrowed = (fp + borrowedSlot).borrowedList {
            let bounds = try bounds(fp, ref)
            return try borrowed._withUnsafeGuaranteedRef { try list($0, bounds) }
        }
        let target = try container.evaluate(fp, ref)
        let (start, stop, step) = try bounds(fp, ref)
        if case .list(let l) = target { return try list(l, (start, stop, step)) }
        return try other(target, start, stop, step)
    }

    /// The bounds resolved against the list's length now.
    @inline(__always)
    private static func resolve(_ bounds: (Value, Value, Value), _ l: ListObject) throws -> (Int, Int, Int, Int) {
        try Slicing.indices(start: bounds.0, stop: bounds.1, step: bounds.2, count: l.items.count)
    }

    /// `container[lower:upper:step]`.
    func value(_ fp: UnsafeMutablePointer<Value>, _ ref: InterpreterRef) throws -> Value {
        try select(fp, ref, list: { l, bounds in
                       .list(ListObject(Slicing.slice(l.items, try Self.resolve(bounds, l))))
                   },
                   other: { target, start, stop, step in
                       try ref { vm in
                           try Operations.item(target, .slice(SliceObject(start: start, stop: stop, step: step)), vm)
                       }
                   })
    }

    /// `container[lower:upper:step]` as the right side of a slice assignment: a list's slice is not made a list.
    func source(_ fp: UnsafeMutablePointer<Value>, _ ref: InterpreterRef) throws -> Source {
        try select(fp, ref, list: { l, bounds in .items(Slicing.slice(l.items, try Self.resolve(bounds, l))) },
                   other: { target, start, stop, step in
                       .value(try ref { vm in
                           try Operations.item(target, .slice(SliceObject(start: start, stop: stop, step: step)), vm)
                       })
                   })
    }

    /// `self = source` where both containers are lists in locals and no bound runs code: the selected
    /// elements are copied straight from one list into the other (within one list, shifted or reversed in
    /// place), without an intermediate list. False, with nothing evaluated, when that does not apply.
    /// (Nothing runs between reading the source and storing, so this is Python's order: the source's bounds,
    /// its slice, then the target's bounds.)
    func assign(from source: SliceSubscript, _ fp: UnsafeMutablePointer<Value>, _ ref: InterpreterRef) throws -> Bool {
        guard borrowedSlot >= 0, source.borrowedSlot >= 0, let target = (fp + borrowedSlot).borrowedList,
              let from = (fp + source.borrowedSlot).borrowedList else { return false }
        let sourceBounds = try source.bounds(fp, ref)
        try from._withUnsafeGuaranteedRef { from in
            let selected = try Self.resolve(sourceBounds, from)
            let targetBounds = try bounds(fp, ref)
            try target._withUnsafeGuaranteedRef { target in
                let place = try Self.resolve(targetBounds, target)
                if !Self.copy(from, selected, into: target, place) {
                    let values = Slicing.slice(from.items, selected)
                    try Slicing.assign(&target.items, place, values)
                }
            }
        }
        return true
    }

    /// Copies the elements `selected` of `from` into the positions `place` of `target` (a step-1 range of as
    /// many elements), when that can be done without a copy of the elements first; false otherwise.
    private static func copy(_ from: ListObject, _ selected: (Int, Int, Int, Int), into target: ListObject,
                             _ place: (Int, Int, Int, Int)) -> Bool {
        let (first, _, step, n) = selected
        let (start, stop, targetStep, _) = place
        guard targetStep == 1, max(start, stop) - start == n else { return false }
        if n == 0 { return true }
        guard from === target else {
            from.items.withUnsafeBufferPointer { source in
                target.items.withUnsafeMutableBufferPointer { destination in
                    var i = first
                    for k in start..<(start + n) {
                        destination[k] = source[i]
                        i += step
                    }
                }
            }
            return true
        }
        if step == 1 {
            // A shift within the list (`perm1[:r] = perm1[1:r + 1]`): copied in the direction that reads each
            // element before it is overwritten.
            target.items.withUnsafeMutableBufferPointer { items in
                if start <= first {
                    for k in 0..<n { items[start + k] = items[first + k] }
                } else {
                    for k in (0..<n).reversed() { items[start + k] = items[first + k] }
                }
            }
            return true
        }
        if step == -1, first == start + n - 1 {
            // The same elements reversed (`perm[:k + 1] = perm[k::-1]`).
            target.items.withUnsafeMutableBufferPointer { items in
                var (i, j) = (start, first)
                while i < j {
                    items.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            return true
        }
        return false
    }

    /// `container[lower:upper:step] = source`.
    func assign(_ source: Source, _ fp: UnsafeMutablePointer<Value>, _ ref: InterpreterRef) throws {
        try select(fp, ref, list: { l, bounds in
            try Slicing.assign(l, start: bounds.0, stop: bounds.1, step: bounds.2) {
                switch source {
                case .items(let items): return items
                case .value(let v): return try ref { try Operations.sliceValues(v, $0) }
                }
            }
        }, other: { target, start, stop, step in
            let value: Value
            switch source {
            case .items(let items): value = .list(ListObject(items))
            case .value(let v): value = v
            }
            try ref { vm in
                try Operations.setItem(target, .slice(SliceObject(start: start, stop: stop, step: step)), value, vm)
            }
        })
    }
}

extension Compiler {
    /// Compiles `container[lower:upper:step]` for in-place evaluation.
    mutating func sliceSubscript(_ container: Expr, _ lower: Expr?, _ upper: Expr?, _ step: Expr?)
        -> SliceSubscript {
        let c = inline(container)
        return SliceSubscript(container: c, lower: lower.map { inline($0) }, upper: upper.map { inline($0) },
                              step: step.map { inline($0) })
    }
}
