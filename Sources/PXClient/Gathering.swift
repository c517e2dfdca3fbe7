import PXCodec
import PXNumeric
import PXRuntime

/// Joining pulled parts (`gather`): arrays concatenated along their first axis, lists chained, anything else
/// collected in a list. Parts that are consecutive ranges of one received memory segment (an engine's part of a
/// `scatter`, sent back unchanged) are joined by mapping that range once, without copying (``SegmentJoin``); parts in
/// memory files of their own (arrays engines computed) by mapping those that fall on page boundaries and copying the
/// rest (``SegmentJoin/assembled(_:)``).
enum Gathering {
    static func join(_ parts: [Value], _ vm: Interpreter) throws -> Value {
        let arrays = parts.compactMap { v -> NDArray? in if case .ndarray(let a) = v { return a } else { return nil } }
        if !parts.isEmpty, arrays.count == parts.count, arrays.allSatisfy({ $0.ndim > 0 }) {
            if let joined = SegmentJoin.concatenated(arrays) ?? SegmentJoin.assembled(arrays) { return .ndarray(joined) }
            do {
                return .ndarray(try NDArray.concatenate(arrays, axis: 0))
            } catch {
                throw RuntimeError(error)
            }
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
