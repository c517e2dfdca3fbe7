import PXBigInt

/// `range(start, stop, step)`: an arithmetic progression, never materialised.
///
/// Bounds, step and length are machine integers in the common case; when one of them does not fit in 64 bits
/// the range keeps them as big integers in `big` (`range(2**64)`), and the machine fields are not used.
public final class RangeObject {
    /// The bounds of a machine range.
    public let start: Int, stop: Int, step: Int
    /// The bounds and length of a range beyond 64 bits, or nil.
    public let big: BigBounds?

    /// A range's bounds and length as integers of any size.
    public struct BigBounds {
        /// The bounds and the number of elements.
        public let start: BigInt, stop: BigInt, step: BigInt, count: BigInt
    }

    /// Number of elements (`Int.max` for a big range whose length does not fit).
    public let count: Int

    /// Creates a range; `step` must not be zero. A length beyond 64 bits makes a big range.
    public init(start: Int, stop: Int, step: Int) {
        if let count = RangeObject.machineCount(start, stop, step) {
            self.start = start
            self.stop = stop
            self.step = step
            self.count = count
            self.big = nil
        } else {
            let bounds = RangeObject.bigBounds(BigInt(start), BigInt(stop), BigInt(step))
            (self.start, self.stop, self.step, self.count) = (0, 0, 1, bounds.count.asInt ?? Int.max)
            self.big = bounds
        }
    }

    /// Creates a range of any size; `step` must not be zero.
    public convenience init(start: BigInt, stop: BigInt, step: BigInt) {
        if let s = start.asInt, let e = stop.asInt, let d = step.asInt {
            self.init(start: s, stop: e, step: d)
        } else {
            self.init(big: RangeObject.bigBounds(start, stop, step))
        }
    }

    init(big bounds: BigBounds) {
        (start, stop, step, count) = (0, 0, 1, bounds.count.asInt ?? Int.max)
        big = bounds
    }

    /// The length of a machine range, or nil when computing it overflows.
    static func machineCount(_ start: Int, _ stop: Int, _ step: Int) -> Int? {
        if step > 0 {
            if start >= stop { return 0 }
            let (distance, overflow) = stop.subtractingReportingOverflow(start)
            return overflow ? nil : (distance - 1) / step + 1
        }
        if start <= stop { return 0 }
        let (distance, overflow) = start.subtractingReportingOverflow(stop)
        if overflow { return nil }
        return step == Int.min ? 1 : (distance - 1) / (-step) + 1
    }

    static func bigBounds(_ start: BigInt, _ stop: BigInt, _ step: BigInt) -> BigBounds {
        let count: BigInt
        if step.isNegative {
            count = start > stop ? (start - stop - 1).floorDivided(by: -step).quotient + 1 : .zero
        } else {
            count = start < stop ? (stop - start - 1).floorDivided(by: step).quotient + 1 : .zero
        }
        return BigBounds(start: start, stop: stop, step: step, count: count)
    }

    /// Whether the range has no element.
    public var isEmpty: Bool { big.map { $0.count.isZero } ?? (count == 0) }

    /// The element at `index` (0 ≤ index < count) of a machine range.
    public func element(_ index: Int) -> Int { start + index * step }

    /// The element at `index` (0 ≤ index < count), for ranges of any size.
    public func element(_ index: BigInt) -> Value {
        guard let big else { return index.asInt.map { .int(element($0)) } ?? .none }
        return .integer(big.start + index * big.step)
    }

    /// The bounds and length as integers of any size.
    public var bounds: BigBounds {
        big ?? BigBounds(start: BigInt(start), stop: BigInt(stop), step: BigInt(step), count: BigInt(count))
    }

    /// Whether `value` is an element.
    public func contains(_ value: Int) -> Bool {
        if big != nil { return contains(BigInt(value)) }
        if step > 0 {
            guard value >= start && value < stop else { return false }
        } else {
            guard value <= start && value > stop else { return false }
        }
        return (value - start) % step == 0
    }

    /// Whether `value` is an element, for values of any size.
    public func contains(_ value: BigInt) -> Bool {
        let b = bounds
        if b.step.isNegative {
            guard value <= b.start && value > b.stop else { return false }
        } else {
            guard value >= b.start && value < b.stop else { return false }
        }
        return (value - b.start).floorDivided(by: b.step).remainder.isZero
    }
}
