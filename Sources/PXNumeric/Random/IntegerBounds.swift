/// The closed range `[low, high]` numpy's bounded-integer functions draw from, checked as numpy checks it.
struct IntegerBounds {
    /// `low` as the unsigned offset numpy adds to each draw.
    let offset: UInt64
    /// `high - low`.
    let range: UInt64

    /// - Parameters:
    ///   - low: the lowest value.
    ///   - high: the highest value, excluded unless `closed`.
    ///   - closed: whether `high` is included (`endpoint=True`).
    ///   - limits: the values the dtype holds.
    ///   - dtype: the dtype's name for the error text.
    /// - Throws: numpy's `ValueError`s: `low is out of bounds for int64`, `high is out of bounds for int64`,
    ///   `low >= high`, `high <= 0` (and `>`/`<` when closed).
    init(
        low: Int, high: Int, closed: Bool, limits: ClosedRange<Int> = Int.min...Int.max, dtype: String = "int64"
    ) throws(NumericError) {
        let lowest = Int128(low), highest = Int128(high) - (closed ? 0 : 1)
        guard lowest >= Int128(limits.lowerBound) else { throw .value("low is out of bounds for \(dtype)") }
        guard highest <= Int128(limits.upperBound) else { throw .value("high is out of bounds for \(dtype)") }
        guard lowest <= highest else {
            if low == 0 { throw .value(closed ? "high < 0" : "high <= 0") }
            throw .value(closed ? "low > high" : "low >= high")
        }
        offset = UInt64(truncatingIfNeeded: low)
        range = UInt64(highest - lowest)
    }
}
