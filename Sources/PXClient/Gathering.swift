import PXRuntime

/// Joining pulled parts (`gather`): lists are chained, arrays concatenated, anything else collected in a list.
enum Gathering {
    static func join(_ parts: [Value], _ vm: Interpreter) throws -> Value {
        if !parts.isEmpty, parts.allSatisfy({ if case .ndarray = $0 { return true } else { return false } }) {
            let arrays = parts.compactMap { v -> NDArray? in if case .ndarray(let a) = v { return a } else { return nil } }
            if arrays.allSatisfy({ $0.dtype == .float64 }) { return .ndarray(NDArray.concatenating(floats: arrays)) }
            if arrays.contains(where: { $0.dtype == .float64 }) {
                return .ndarray(NDArray(floats: arrays.flatMap(\.floatValues)))
            }
            return .ndarray(NDArray(ints: arrays.flatMap(\.intValues), isBool: arrays.allSatisfy { $0.dtype == .bool }))
        }
        var items: [Value] = []
        for part in parts {
            switch part {
            case .list, .tuple, .range: items += try vm.collect(part)
            default: items.append(part)
            }
        }
        return .list(ListObject(items))
    }
}
