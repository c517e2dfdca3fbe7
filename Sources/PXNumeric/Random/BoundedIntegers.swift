/// Integers in a closed range `[offset, offset + range]`, drawn as numpy's `random_bounded_uint64_fill` and
/// `random_bounded_bool_fill` do: masked rejection for the legacy `RandomState`, Lemire's method for `Generator`.
///
/// Ranges that fit in 32 bits draw 32 bits at a time. Results wrap modulo 2⁶⁴ exactly as numpy's unsigned
/// arithmetic, so a signed offset works through its bit pattern.
public enum BoundedIntegers {
    /// How a bounded draw rejects values.
    public enum Method: Sendable {
        /// Draw under the smallest all-ones mask and retry above the range (`RandomState.randint`).
        case masked
        /// Lemire's multiply-and-reject (`Generator.integers`).
        case lemire
    }

    /// `count` draws in `[offset, offset + range]` (`random_bounded_uint64_fill`; `int32` draws the same way).
    public static func fill<Source: BitSource>(
        _ source: inout Source, offset: UInt64, range: UInt64, count: Int, method: Method
    ) -> [UInt64] {
        [UInt64](unsafeUninitializedCapacity: max(0, count)) { out, initialized in
            fill(&source, offset: offset, range: range, into: out, method: method)
            initialized = out.count
        }
    }

    /// `count` draws as signed ints (the bit patterns of `fill`).
    public static func fillInts<Source: BitSource>(
        _ source: inout Source, offset: UInt64, range: UInt64, count: Int, method: Method
    ) -> [Int] {
        [Int](unsafeUninitializedCapacity: max(0, count)) { out, initialized in
            out.withMemoryRebound(to: UInt64.self) { fill(&source, offset: offset, range: range, into: $0, method: method) }
            initialized = out.count
        }
    }

    /// Fills `out` with draws in `[offset, offset + range]`.
    static func fill<Source: BitSource>(
        _ source: inout Source, offset: UInt64, range: UInt64, into out: UnsafeMutableBufferPointer<UInt64>,
        method: Method
    ) {
        let count = out.count
        if range == 0 {
            for i in 0..<count { out[i] = offset }
        } else if range <= 0xFFFF_FFFF {
            let r = UInt32(range)
            if r == 0xFFFF_FFFF {
                for i in 0..<count { out[i] = offset &+ UInt64(source.next32()) }
                return
            }
            switch method {
            case .masked:
                let mask = UInt32(Source.mask(range))
                for i in 0..<count {
                    var value: UInt32
                    repeat { value = source.next32() & mask } while value > r
                    out[i] = offset &+ UInt64(value)
                }
            case .lemire:
                for i in 0..<count { out[i] = offset &+ UInt64(lemire32(&source, r)) }
            }
        } else if range == UInt64.max {
            for i in 0..<count { out[i] = offset &+ source.next64() }
        } else {
            switch method {
            case .masked:
                let mask = Source.mask(range)
                for i in 0..<count {
                    var value: UInt64
                    repeat { value = source.next64() & mask } while value > range
                    out[i] = offset &+ value
                }
            case .lemire:
                for i in 0..<count { out[i] = offset &+ lemire64(&source, range) }
            }
        }
    }

    /// One draw in `[offset, offset + range]` (`random_bounded_uint64`).
    public static func one<Source: BitSource>(
        _ source: inout Source, offset: UInt64, range: UInt64, method: Method
    ) -> UInt64 {
        fill(&source, offset: offset, range: range, count: 1, method: method)[0]
    }

    /// `count` booleans in `[offset, offset + range]` with `range` 0 or 1: one bit at a time from a buffered
    /// 32-bit draw (`random_bounded_bool_fill`).
    public static func fillBool<Source: BitSource>(
        _ source: inout Source, offset: Bool, range: Bool, count: Int
    ) -> [Bool] {
        guard range else { return [Bool](repeating: offset, count: max(0, count)) }
        var out: [Bool] = []
        out.reserveCapacity(max(0, count))
        var buffer: UInt32 = 0, left = 0
        for _ in 0..<max(0, count) {
            if left == 0 {
                buffer = source.next32()
                left = 31
            } else {
                buffer >>= 1
                left -= 1
            }
            out.append(buffer & 1 != 0)
        }
        return out
    }

    static func lemire32<Source: BitSource>(_ source: inout Source, _ range: UInt32) -> UInt32 {
        let excluded = range &+ 1
        var m = UInt64(source.next32()) &* UInt64(excluded)
        var leftover = UInt32(truncatingIfNeeded: m)
        if leftover < excluded {
            let threshold = (UInt32.max &- range) % excluded
            while leftover < threshold {
                m = UInt64(source.next32()) &* UInt64(excluded)
                leftover = UInt32(truncatingIfNeeded: m)
            }
        }
        return UInt32(truncatingIfNeeded: m >> 32)
    }

    static func lemire64<Source: BitSource>(_ source: inout Source, _ range: UInt64) -> UInt64 {
        let excluded = range &+ 1
        var m = source.next64().multipliedFullWidth(by: excluded)
        if m.low < excluded {
            let threshold = (UInt64.max &- range) % excluded
            while m.low < threshold { m = source.next64().multipliedFullWidth(by: excluded) }
        }
        return m.high
    }
}
