/// The lanes of a reduction over some axes: the reduced axes merged into one, each lane's values sorted with NaN
/// last (what numpy's `partition` leaves at the positions quantiles read).
extension NDArray {
    /// The lanes, the shape of the kept axes, the shape `keepdims=True` gives, and the length of a lane (known
    /// even when there are no lanes).
    /// - Parameters:
    ///   - axes: the axes to reduce; nil for all.
    ///   - ignoringNaN: leave the NaNs out of each lane (the `nan…` functions).
    /// - Throws: `AxisError`, numpy's `ValueError: duplicate value in 'axis'`.
    func sortedLanes(axes: [Int]?, ignoringNaN: Bool = false) throws(NumericError) -> (lanes: [[Double]], kept: [Int], keptDims: [Int], length: Int) {
        let reduced = try reductionAxes(axes, ufunc: false)
        let keptAxes = shape.indices.filter { !reduced.contains($0) }
        let kept = keptAxes.map { shape[$0] }
        let keptDims = shape.indices.map { reduced.contains($0) ? 1 : shape[$0] }
        let length = reduced.map { shape[$0] }.reduce(1, *)
        let moved = try transposed(keptAxes + reduced.sorted())
        let values = try moved.doubles()
        let laneCount = kept.reduce(1, *)
        let lanes = (0..<laneCount).map { k -> [Double] in
            var lane = Array(values[(k * length)..<((k + 1) * length)])
            if ignoringNaN { lane.removeAll(where: \.isNaN) }
            lane.sort { $0 < $1 || ($1.isNaN && !$0.isNaN) }
            return lane
        }
        return (lanes, kept, keptDims, length)
    }
}
