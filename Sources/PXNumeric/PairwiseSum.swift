/// numpy's pairwise summation (`pairwise_sum` in its loops): below 8 elements a plain loop, up to 128 eight
/// interleaved partial sums, above that the two halves (split at a multiple of 8) summed separately. Sums of
/// float arrays therefore have numpy's exact rounding and print numpy's digits.
enum PairwiseSum {
    /// The element as it is.
    struct Identity<T: FloatElement>: ElementTransform {
        @inline(__always) func callAsFunction(_ x: T) -> T { x }
    }

    /// The squared distance from a mean (the terms of a variance).
    struct SquaredDeviation<T: FloatElement>: ElementTransform {
        let mean: T
        @inline(__always) func callAsFunction(_ x: T) -> T {
            let d = x - mean
            return d * d
        }
    }

    static let blockSize = 128

    /// The pairwise sum of `n` elements from `p`, `stride` bytes apart, each mapped through `f` first.
    @inline(__always)
    static func sum<T, M: ElementTransform>(_ p: UnsafeRawPointer, _ n: Int, _ stride: Int, _ f: M) -> T where M.T == T {
        if stride == MemoryLayout<T>.stride {
            return contiguous(p.assumingMemoryBound(to: T.self), n, f)
        }
        return strided(p, n, stride, f)
    }

    static func contiguous<T, M: ElementTransform>(_ a: UnsafePointer<T>, _ n: Int, _ f: M) -> T where M.T == T {
        if n < 8 {
            var res: T = 0
            for i in 0..<n { res += f(a[i]) }
            return res
        }
        if n <= blockSize {
            var r0 = f(a[0]), r1 = f(a[1]), r2 = f(a[2]), r3 = f(a[3])
            var r4 = f(a[4]), r5 = f(a[5]), r6 = f(a[6]), r7 = f(a[7])
            var i = 8
            let end = n - n % 8
            while i < end {
                r0 += f(a[i]); r1 += f(a[i + 1]); r2 += f(a[i + 2]); r3 += f(a[i + 3])
                r4 += f(a[i + 4]); r5 += f(a[i + 5]); r6 += f(a[i + 6]); r7 += f(a[i + 7])
                i += 8
            }
            var res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n {
                res += f(a[i])
                i += 1
            }
            return res
        }
        var half = n / 2
        half -= half % 8
        return contiguous(a, half, f) + contiguous(a + half, n - half, f)
    }

    static func strided<T, M: ElementTransform>(_ p: UnsafeRawPointer, _ n: Int, _ s: Int, _ f: M) -> T where M.T == T {
        @inline(__always) func at(_ i: Int) -> T { f(p.load(fromByteOffset: i * s, as: T.self)) }
        if n < 8 {
            var res: T = 0
            for i in 0..<n { res += at(i) }
            return res
        }
        if n <= blockSize {
            var r0 = at(0), r1 = at(1), r2 = at(2), r3 = at(3), r4 = at(4), r5 = at(5), r6 = at(6), r7 = at(7)
            var i = 8
            let end = n - n % 8
            while i < end {
                r0 += at(i); r1 += at(i + 1); r2 += at(i + 2); r3 += at(i + 3)
                r4 += at(i + 4); r5 += at(i + 5); r6 += at(i + 6); r7 += at(i + 7)
                i += 8
            }
            var res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n {
                res += at(i)
                i += 1
            }
            return res
        }
        var half = n / 2
        half -= half % 8
        return strided(p, half, s, f) + strided(p + half * s, n - half, s, f)
    }
}

/// A per-element function applied inside a pairwise sum.
protocol ElementTransform {
    associatedtype T: FloatElement
    func callAsFunction(_ x: T) -> T
}
