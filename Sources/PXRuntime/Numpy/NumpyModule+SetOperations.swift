import PXNumeric

// MARK: - Set routines: isin, intersect1d, union1d, setdiff1d, setxor1d

extension NumpyModule {
    /// numpy's set routines on flattened arrays, as its Python code composes them from `unique`, sorting and
    /// membership.
    static func installSetOperations(into r: Registry) {
        function(r, "isin", "Calculates element in test_elements, broadcasting over element only.",
                 ["element", "test_elements", "assume_unique", "invert", "kind"], required: 2) { p, vm in
            let element = try p.array("element", vm)
            let members = try membership(element, of: try p.array("test_elements", vm))
            let invert = p.bool("invert", default: false)
            return .ndarray(NDArray(bools: members.map { $0 != invert }, shape: element.shape))
        }
        function(r, "union1d", "Find the union of two arrays.", ["ar1", "ar2"], required: 2) { p, vm in
            let joined = try NDArray.concatenate([try p.array("ar1", vm), try p.array("ar2", vm)], axis: nil)
            return .ndarray(try joined.unique(axis: nil).values)
        }
        function(r, "intersect1d", "Find the intersection of two arrays.",
                 ["ar1", "ar2", "assume_unique", "return_indices"], required: 2) { p, vm in
            try intersection(p, vm)
        }
        function(r, "setdiff1d", "Find the set difference of two arrays.", ["ar1", "ar2", "assume_unique"],
                 required: 2) { p, vm in
            let first = p.bool("assume_unique", default: false) ? try p.array("ar1", vm).raveled()
                : try p.array("ar1", vm).unique(axis: nil).values
            let second = try p.array("ar2", vm).unique(axis: nil).values
            let keep = try membership(first, of: second).map { !$0 }
            return .ndarray(try select(first, keep))
        }
        function(r, "setxor1d", "Find the set exclusive-or of two arrays.", ["ar1", "ar2", "assume_unique"],
                 required: 2) { p, vm in
            let first = try p.array("ar1", vm).unique(axis: nil).values
            let second = try p.array("ar2", vm).unique(axis: nil).values
            let aux = try NDArray.concatenate([first, second], axis: nil).sorted(axis: -1)
            let values = try aux.doubles()
            guard !values.isEmpty else { return .ndarray(aux) }
            // flag = [True, aux[1:] != aux[:-1], True]; keep where both neighbours differ.
            let flags = [true] + (1..<values.count).map { values[$0] != values[$0 - 1] } + [true]
            return .ndarray(try select(aux, (0..<values.count).map { flags[$0] && flags[$0 + 1] }))
        }
    }

    /// Whether each element of `a` (flattened) equals some element of `b`: as integers when neither is a
    /// float array, else as doubles (NaN is never a member).
    static func membership(_ a: NDArray, of b: NDArray) throws -> [Bool] {
        if !a.dtype.isFloat && !b.dtype.isFloat {
            let set = Set(try b.int64s())
            return try a.int64s().map { set.contains($0) }
        }
        let set = Set(try b.doubles())
        return try a.doubles().map { set.contains($0) }
    }

    /// The elements of a 1-D array where `keep` is true.
    static func select(_ a: NDArray, _ keep: [Bool]) throws -> NDArray {
        let mask = NDArray(bools: keep, shape: [keep.count])
        guard case .array(let result) = try a.read([.array(mask)]) else { return a }
        return result
    }

    /// `intersect1d(ar1, ar2, assume_unique, return_indices)`: the sorted common values, and with
    /// `return_indices` where each first occurs in either input.
    static func intersection(_ p: NumpyArguments, _ vm: Interpreter) throws -> Value {
        let assumeUnique = p.bool("assume_unique", default: false)
        let withIndices = p.bool("return_indices", default: false)
        var parts: [(values: NDArray, index: [Int64]?)] = []
        for name in ["ar1", "ar2"] {
            let a = try p.array(name, vm)
            if assumeUnique {
                parts.append((try a.raveled(), nil))
            } else {
                let unique = try a.unique(axis: nil)
                parts.append((unique.values, try unique.index.int64s()))
            }
        }
        let aux = try NDArray.concatenate(parts.map(\.values), axis: nil)
        let values = try aux.doubles()
        let order = try aux.argsorted(axis: -1).int64s().map(Int.init)
        let sorted = order.map { values[$0] }
        var common: [Int] = [], firsts: [Int64] = [], seconds: [Int64] = []
        let firstCount = parts[0].values.count
        for k in sorted.indices.dropLast() where sorted[k + 1] == sorted[k] {
            common.append(order[k])
            let i = order[k], j = order[k + 1] - firstCount
            firsts.append(parts[0].index.map { $0[i] } ?? Int64(i))
            seconds.append(parts[1].index.map { $0[j] } ?? Int64(j))
        }
        let picked = NDArray(int64s: common.map(Int64.init), shape: [common.count])
        guard case .array(let result) = try aux.read([.array(picked)]) else { return .ndarray(aux) }
        guard withIndices else { return .ndarray(result) }
        return .tuple([.ndarray(result), .ndarray(NDArray(int64s: firsts, shape: [firsts.count])),
                       .ndarray(NDArray(int64s: seconds, shape: [seconds.count]))])
    }
}
