/// Kernels on magnitudes: unsigned numbers stored as 64-bit limbs, least significant first.
///
/// Inputs are normalized (no most-significant zero limb; zero is empty) unless a kernel says otherwise, and
/// every result is normalized. The kernels work on buffers so that a machine integer can take part without
/// an allocation (`Limbs.with(_:_:)`).
enum Limbs {
    typealias Buffer = UnsafeBufferPointer<UInt>

    /// Below this many limbs in the shorter factor, schoolbook multiplication beats Karatsuba.
    static let karatsubaThreshold = 40

    /// Calls `body` with the magnitude of `x` as a buffer of at most one limb.
    @inline(__always)
    static func with<R>(_ x: UInt, _ body: (Buffer) throws -> R) rethrows -> R {
        if x == 0 { return try body(Buffer(start: nil, count: 0)) }
        var word = x
        return try withUnsafePointer(to: &word) { try body(Buffer(start: $0, count: 1)) }
    }

    /// Drops most significant zero limbs.
    @inline(__always)
    static func normalize(_ limbs: inout [UInt]) {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    /// The number of limbs of `buffer` without its most significant zero limbs.
    @inline(__always)
    static func significantCount(_ buffer: Buffer) -> Int {
        var n = buffer.count
        while n > 0 && buffer[n - 1] == 0 { n -= 1 }
        return n
    }

    /// A new array of `count` limbs filled by `body`, normalized afterwards.
    @inline(__always)
    static func make(_ count: Int, _ body: (UnsafeMutableBufferPointer<UInt>) -> Void) -> [UInt] {
        if count == 0 { return [] }
        var result = [UInt](unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.initialize(repeating: 0)
            body(buffer)
            initialized = count
        }
        normalize(&result)
        return result
    }

    // MARK: - Comparison

    /// −1, 0 or 1 as `a` is less than, equal to or greater than `b`.
    static func compare(_ a: Buffer, _ b: Buffer) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        var i = a.count - 1
        while i >= 0 {
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    // MARK: - Addition and subtraction

    /// `a + b`.
    static func add(_ a: Buffer, _ b: Buffer) -> [UInt] {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        if long.isEmpty { return [] }
        return make(long.count + 1) { r in addInto(r, long, short) }
    }

    /// Writes `long + short` into `r`, which has room for `long.count + 1` limbs.
    @inline(__always)
    static func addInto(_ r: UnsafeMutableBufferPointer<UInt>, _ long: Buffer, _ short: Buffer) {
        var carry: UInt = 0
        var i = 0
        while i < short.count {
            let (s1, c1) = long[i].addingReportingOverflow(short[i])
            let (s2, c2) = s1.addingReportingOverflow(carry)
            r[i] = s2
            carry = (c1 ? 1 : 0) &+ (c2 ? 1 : 0)
            i += 1
        }
        while i < long.count {
            let (s, c) = long[i].addingReportingOverflow(carry)
            r[i] = s
            carry = c ? 1 : 0
            i += 1
        }
        if r.count > i { r[i] = carry }
    }

    /// `a − b`, for `a ≥ b`.
    static func subtract(_ a: Buffer, _ b: Buffer) -> [UInt] {
        make(a.count) { r in _ = subtractInto(r, a, b) }
    }

    /// Writes `a − b` into `r` (room for `a.count` limbs); returns the final borrow (1 when `a < b`).
    @inline(__always)
    @discardableResult
    static func subtractInto(_ r: UnsafeMutableBufferPointer<UInt>, _ a: Buffer, _ b: Buffer) -> UInt {
        var borrow: UInt = 0
        var i = 0
        while i < b.count {
            let (d1, b1) = a[i].subtractingReportingOverflow(b[i])
            let (d2, b2) = d1.subtractingReportingOverflow(borrow)
            r[i] = d2
            borrow = (b1 ? 1 : 0) &+ (b2 ? 1 : 0)
            i += 1
        }
        while i < a.count {
            let (d, b1) = a[i].subtractingReportingOverflow(borrow)
            r[i] = d
            borrow = b1 ? 1 : 0
            i += 1
        }
        return borrow
    }

    // MARK: - Multiplication

    /// `a × b`.
    static func multiply(_ a: Buffer, _ b: Buffer) -> [UInt] {
        if a.isEmpty || b.isEmpty { return [] }
        if b.count == 1 { return multiply(a, word: b[0]) }
        if a.count == 1 { return multiply(b, word: a[0]) }
        return make(a.count + b.count) { r in multiplyInto(r, a, b) }
    }

    /// `a × w`.
    static func multiply(_ a: Buffer, word w: UInt) -> [UInt] {
        if a.isEmpty || w == 0 { return [] }
        return make(a.count + 1) { r in
            var carry: UInt = 0
            for i in 0..<a.count {
                let (high, low) = a[i].multipliedFullWidth(by: w)
                let (s, c) = low.addingReportingOverflow(carry)
                r[i] = s
                carry = high &+ (c ? 1 : 0)
            }
            r[a.count] = carry
        }
    }

    /// Adds `a × b` into `r` (zeroed by the caller, room for `a.count + b.count` limbs).
    static func multiplyInto(_ r: UnsafeMutableBufferPointer<UInt>, _ a: Buffer, _ b: Buffer) {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        if short.count < karatsubaThreshold {
            schoolbook(r, long, short)
        } else if long.count >= 2 * short.count {
            // Unbalanced: multiply by slices of the long factor as long as the short one.
            var offset = 0
            let scratch = UnsafeMutableBufferPointer<UInt>.allocate(capacity: 2 * short.count)
            defer { scratch.deallocate() }
            while offset < long.count {
                let width = min(short.count, long.count - offset)
                let slice = Buffer(rebasing: long[offset..<offset + width])
                let product = UnsafeMutableBufferPointer(rebasing: scratch[0..<(width + short.count)])
                product.update(repeating: 0)
                multiplyInto(product, slice, short)
                accumulate(UnsafeMutableBufferPointer(rebasing: r[offset...]), Buffer(product))
                offset += width
            }
        } else {
            karatsuba(r, long, short)
        }
    }

    /// Schoolbook multiplication, adding into `r`.
    static func schoolbook(_ r: UnsafeMutableBufferPointer<UInt>, _ a: Buffer, _ b: Buffer) {
        for j in 0..<b.count {
            let w = b[j]
            if w == 0 { continue }
            var carry: UInt = 0
            var i = 0
            while i < a.count {
                let (high, low) = a[i].multipliedFullWidth(by: w)
                let (s1, c1) = low.addingReportingOverflow(r[i + j])
                let (s2, c2) = s1.addingReportingOverflow(carry)
                r[i + j] = s2
                carry = high &+ (c1 ? 1 : 0) &+ (c2 ? 1 : 0)
                i += 1
            }
            ripple(carry, into: r, from: a.count + j)
        }
    }

    /// Adds `x` into `r` (which is long enough to absorb the carry).
    static func accumulate(_ r: UnsafeMutableBufferPointer<UInt>, _ x: Buffer) {
        var carry: UInt = 0
        var i = 0
        while i < x.count {
            let (s1, c1) = r[i].addingReportingOverflow(x[i])
            let (s2, c2) = s1.addingReportingOverflow(carry)
            r[i] = s2
            carry = (c1 ? 1 : 0) &+ (c2 ? 1 : 0)
            i += 1
        }
        ripple(carry, into: r, from: i)
    }

    /// Subtracts `x` from `r` (which is at least `x`).
    static func deduct(_ r: UnsafeMutableBufferPointer<UInt>, _ x: Buffer) {
        var borrow: UInt = 0
        var i = 0
        while i < x.count {
            let (d1, b1) = r[i].subtractingReportingOverflow(x[i])
            let (d2, b2) = d1.subtractingReportingOverflow(borrow)
            r[i] = d2
            borrow = (b1 ? 1 : 0) &+ (b2 ? 1 : 0)
            i += 1
        }
        ripple(borrow, into: r, from: i, subtracting: true)
    }

    /// Adds `carry` to (or, `subtracting`, takes a borrow of `carry` from) `r` at limb `index`, and passes the
    /// overflow on to the next limbs as far as it goes (it stops at the end of `r`).
    @inline(__always)
    static func ripple(
        _ carry: UInt, into r: UnsafeMutableBufferPointer<UInt>, from index: Int, subtracting: Bool = false
    ) {
        var carry = carry
        var i = index
        while carry != 0 && i < r.count {
            let (value, overflow) = subtracting
                ? r[i].subtractingReportingOverflow(carry) : r[i].addingReportingOverflow(carry)
            r[i] = value
            carry = overflow ? 1 : 0
            i += 1
        }
    }

    /// Karatsuba multiplication of factors of similar length, adding into `r`.
    static func karatsuba(_ r: UnsafeMutableBufferPointer<UInt>, _ a: Buffer, _ b: Buffer) {
        let half = (a.count + 1) / 2
        let a0 = Buffer(rebasing: a[0..<min(half, a.count)]), a1 = Buffer(rebasing: a[min(half, a.count)...])
        let b0 = Buffer(rebasing: b[0..<min(half, b.count)]), b1 = Buffer(rebasing: b[min(half, b.count)...])
        let low0 = Buffer(rebasing: a0[0..<significantCount(a0)])
        let low1 = Buffer(rebasing: b0[0..<significantCount(b0)])
        let z0 = multiply(low0, low1)
        let z2 = multiply(a1, b1)
        let sa = add(low0, a1), sb = add(low1, b1)
        var z1 = sa.withUnsafeBufferPointer { x in sb.withUnsafeBufferPointer { y in multiply(x, y) } }
        z1.withUnsafeMutableBufferPointer { m in
            z0.withUnsafeBufferPointer { deduct(m, $0) }
            z2.withUnsafeBufferPointer { deduct(m, $0) }
        }
        Limbs.normalize(&z1)
        z0.withUnsafeBufferPointer { accumulate(r, $0) }
        z1.withUnsafeBufferPointer { accumulate(UnsafeMutableBufferPointer(rebasing: r[half...]), $0) }
        z2.withUnsafeBufferPointer { accumulate(UnsafeMutableBufferPointer(rebasing: r[(2 * half)...]), $0) }
    }

    // MARK: - Division

    /// `a ÷ w` and the remainder.
    static func divide(_ a: Buffer, word w: UInt) -> (quotient: [UInt], remainder: UInt) {
        precondition(w != 0, "internal inconsistency: division by zero")
        var remainder: UInt = 0
        let quotient = make(a.count) { q in
            var i = a.count - 1
            while i >= 0 {
                (q[i], remainder) = w.dividingFullWidth((remainder, a[i]))
                i -= 1
            }
        }
        return (quotient, remainder)
    }

    /// Divides the mutable number in `a` by `w` in place; returns the remainder. `a` may keep zero limbs.
    static func divideInPlace(_ a: UnsafeMutableBufferPointer<UInt>, word w: UInt) -> UInt {
        var remainder: UInt = 0
        var i = a.count - 1
        while i >= 0 {
            (a[i], remainder) = w.dividingFullWidth((remainder, a[i]))
            i -= 1
        }
        return remainder
    }

    /// The remainder of `a ÷ w`.
    static func remainder(_ a: Buffer, word w: UInt) -> UInt {
        var remainder: UInt = 0
        var i = a.count - 1
        while i >= 0 {
            remainder = w.dividingFullWidth((remainder, a[i])).remainder
            i -= 1
        }
        return remainder
    }

    /// Truncating division `a ÷ b` (Knuth's algorithm D), for a non-zero `b`.
    static func divide(_ a: Buffer, _ b: Buffer) -> (quotient: [UInt], remainder: [UInt]) {
        precondition(!b.isEmpty, "internal inconsistency: division by zero")
        if compare(a, b) < 0 { return ([], Array(a)) }
        if b.count == 1 {
            let (q, r) = divide(a, word: b[0])
            return (q, r == 0 ? [] : [r])
        }
        let n = b.count, m = a.count
        let shift = b[n - 1].leadingZeroBitCount
        var v = [UInt](repeating: 0, count: n)
        var u = [UInt](repeating: 0, count: m + 1)
        v.withUnsafeMutableBufferPointer { shiftLeft($0, b, shift) }
        u.withUnsafeMutableBufferPointer { shiftLeft($0, a, shift) }
        var q = [UInt](repeating: 0, count: m - n + 1)
        u.withUnsafeMutableBufferPointer { u in
            v.withUnsafeBufferPointer { v in
                q.withUnsafeMutableBufferPointer { q in divideNormalized(u, v, q) }
            }
        }
        normalize(&q)
        var r = [UInt](repeating: 0, count: n)
        r.withUnsafeMutableBufferPointer { r in
            u.withUnsafeBufferPointer { u in shiftRight(r, Buffer(rebasing: u[0..<n]), shift) }
        }
        normalize(&r)
        return (q, r)
    }

    /// The core of algorithm D: `u` (m+1 limbs) ÷ `v` (n limbs, top bit set); the quotient goes to `q`, the
    /// remainder stays in the low `n` limbs of `u`.
    static func divideNormalized(_ u: UnsafeMutableBufferPointer<UInt>, _ v: Buffer, _ q: UnsafeMutableBufferPointer<UInt>) {
        let n = v.count
        let top = v[n - 1], second = v[n - 2]
        var j = u.count - n - 1
        while j >= 0 {
            let high = u[j + n], low = u[j + n - 1]
            var qhat: UInt
            var rhat: UInt
            var rhatOverflow = false
            if high >= top {
                qhat = UInt.max
                (rhat, rhatOverflow) = low.addingReportingOverflow(top)
            } else {
                (qhat, rhat) = top.dividingFullWidth((high, low))
            }
            while !rhatOverflow {
                let (ph, pl) = qhat.multipliedFullWidth(by: second)
                guard ph > rhat || (ph == rhat && pl > u[j + n - 2]) else { break }
                qhat -= 1
                (rhat, rhatOverflow) = rhat.addingReportingOverflow(top)
            }
            // u[j ... j+n] -= qhat × v
            var carry: UInt = 0
            var borrow: UInt = 0
            for i in 0..<n {
                let (ph, pl) = qhat.multipliedFullWidth(by: v[i])
                let (p, c) = pl.addingReportingOverflow(carry)
                carry = ph &+ (c ? 1 : 0)
                let (d1, b1) = u[i + j].subtractingReportingOverflow(p)
                let (d2, b2) = d1.subtractingReportingOverflow(borrow)
                u[i + j] = d2
                borrow = (b1 ? 1 : 0) &+ (b2 ? 1 : 0)
            }
            let (d1, b1) = u[j + n].subtractingReportingOverflow(carry)
            let (d2, b2) = d1.subtractingReportingOverflow(borrow)
            u[j + n] = d2
            if b1 || b2 {
                // qhat was one too large: add v back.
                qhat -= 1
                var c: UInt = 0
                for i in 0..<n {
                    let (s1, c1) = u[i + j].addingReportingOverflow(v[i])
                    let (s2, c2) = s1.addingReportingOverflow(c)
                    u[i + j] = s2
                    c = (c1 ? 1 : 0) &+ (c2 ? 1 : 0)
                }
                u[j + n] &+= c
            }
            q[j] = qhat
            j -= 1
        }
    }

    // MARK: - Shifts

    /// Writes `a << shift` (shift < 64) into `r`, which has room for `a.count` or `a.count + 1` limbs.
    static func shiftLeft(_ r: UnsafeMutableBufferPointer<UInt>, _ a: Buffer, _ shift: Int) {
        if shift == 0 {
            for i in 0..<a.count { r[i] = a[i] }
            if r.count > a.count { r[a.count] = 0 }
            return
        }
        var carry: UInt = 0
        for i in 0..<a.count {
            r[i] = (a[i] << UInt(shift)) | carry
            carry = a[i] >> UInt(64 - shift)
        }
        if r.count > a.count { r[a.count] = carry }
    }

    /// Writes `a >> shift` (shift < 64) into `r`, which has room for `a.count` limbs.
    static func shiftRight(_ r: UnsafeMutableBufferPointer<UInt>, _ a: Buffer, _ shift: Int) {
        if shift == 0 {
            for i in 0..<a.count { r[i] = a[i] }
            return
        }
        for i in 0..<a.count {
            let next = i + 1 < a.count ? a[i + 1] << UInt(64 - shift) : 0
            r[i] = (a[i] >> UInt(shift)) | next
        }
    }
}
