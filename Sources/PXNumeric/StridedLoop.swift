/// Iteration over the elements of one to three arrays of the same (broadcast) shape, one innermost run at a
/// time, as numpy's iterator does: size-1 axes are dropped, axes are ordered by the memory layout of one
/// operand, and neighbouring axes that step evenly through every operand merge into one, so whole contiguous
/// arrays become a single run that the kernels process with simple loops.
struct StridedLoop {
    /// Axis lengths, outermost first; at least one entry (`[1]` for a single element).
    var shape: [Int]
    /// Per operand, the byte strides per axis.
    var strides: [[Int]]

    /// Plans the loop over `shape` with each operand's strides.
    /// - Parameters:
    ///   - shape: the common shape.
    ///   - strides: one stride list per operand (same length as `shape`; 0 for broadcast axes).
    ///   - orderBy: the operand whose layout orders the axes (largest |stride| outermost), or nil to keep
    ///     the C order.
    init(shape: [Int], strides: [[Int]], orderBy: Int? = 0) {
        // One axis or none: nothing to order or merge (the plan the general path makes, without its temporaries).
        if shape.count <= 1 {
            if shape.count == 1 && shape[0] != 1 {
                self.shape = shape
                self.strides = strides
            } else {
                self.shape = [1]
                self.strides = [[Int]](repeating: [0], count: strides.count)
            }
            return
        }
        var axes = shape.indices.filter { shape[$0] != 1 }
        if let o = orderBy {
            let s = strides[o]
            // A stable insertion sort: the C order breaks ties.
            for i in axes.indices.dropFirst() {
                var j = i
                while j > 0 && Swift.abs(s[axes[j - 1]]) < Swift.abs(s[axes[j]]) {
                    axes.swapAt(j - 1, j)
                    j -= 1
                }
            }
        }
        var newShape: [Int] = []
        var newStrides = [[Int]](repeating: [], count: strides.count)
        for axis in axes {
            if let lastLength = newShape.last {
                var mergeable = true
                for k in strides.indices where newStrides[k][newStrides[k].count - 1] != strides[k][axis] * shape[axis] {
                    mergeable = false
                    break
                }
                if mergeable {
                    newShape[newShape.count - 1] = lastLength * shape[axis]
                    for k in strides.indices { newStrides[k][newStrides[k].count - 1] = strides[k][axis] }
                    continue
                }
            }
            newShape.append(shape[axis])
            for k in strides.indices { newStrides[k].append(strides[k][axis]) }
        }
        if newShape.isEmpty {
            newShape = [1]
            for k in strides.indices { newStrides[k] = [0] }
        }
        self.shape = newShape
        self.strides = newStrides
    }

    /// The number of elements in one innermost run.
    var innerCount: Int { shape[shape.count - 1] }

    /// The inner stride of operand `k`.
    func innerStride(_ k: Int) -> Int { strides[k][strides[k].count - 1] }

    /// Calls `body(count, p0, p1, p2)` for every innermost run, with the run's first element in each operand;
    /// the runs step by `innerStride(k)`.
    @inline(__always)
    func forEachRun(_ p0: UnsafeMutableRawPointer, _ p1: UnsafeMutableRawPointer? = nil,
                    _ p2: UnsafeMutableRawPointer? = nil,
                    _ body: (Int, UnsafeMutableRawPointer, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> Void) {
        let outer = shape.count - 1
        let n = shape[outer]
        if outer == 0 {
            body(n, p0, p1, p2)
            return
        }
        var index = [Int](repeating: 0, count: outer)
        var q0 = p0, q1 = p1, q2 = p2
        let s0 = strides[0]
        let s1 = strides.count > 1 ? strides[1] : s0
        let s2 = strides.count > 2 ? strides[2] : s0
        while true {
            body(n, q0, q1, q2)
            var axis = outer - 1
            while true {
                index[axis] += 1
                q0 += s0[axis]
                q1 = q1.map { $0 + s1[axis] }
                q2 = q2.map { $0 + s2[axis] }
                if index[axis] < shape[axis] { break }
                q0 -= s0[axis] * shape[axis]
                q1 = q1.map { $0 - s1[axis] * shape[axis] }
                q2 = q2.map { $0 - s2[axis] * shape[axis] }
                index[axis] = 0
                if axis == 0 { return }
                axis -= 1
            }
        }
    }
}

extension NDArray {
    /// The strides of this array broadcast to `shape` (0 on new and stretched axes).
    /// - Precondition: the shapes are broadcast-compatible.
    func broadcastStrides(to shape: [Int]) -> [Int] {
        let pad = shape.count - ndim
        var result = [Int](repeating: 0, count: shape.count)
        // Leading size-1 axes beyond the target's rank (allowed in assignment) are skipped.
        for i in max(0, -pad)..<ndim where self.shape[i] != 1 { result[i + pad] = strides[i] }
        return result
    }
}
