/// The common specs written as bytes: ints without a type or with `d`, fixed-point floats (`{:8.2f}`) and
/// ASCII strs, with an ASCII fill. The text is composed in one buffer and becomes a string once, where the
/// general path joins several intermediate strings. Anything else (grouping, other types, non-ASCII text or
/// fill, a precision on a str, `=` on a str) is left to the general path, which gives the same text.
extension FormatSpec {
    /// `value` formatted by the spec, or nil when the general path formats it.
    func applyASCII(_ value: Value) -> String? {
        guard let fillByte = effectiveFill.asciiValue else { return nil }
        switch value {
        case .int(let i):
            guard type == nil || type == "d", precision == nil, grouping == nil else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
                let start = Self.writeDigits(UInt64(i.magnitude), endingAt: buffer.count, in: buffer)
                return compose(negative: i < 0, body: UnsafeBufferPointer(rebasing: buffer[start...]),
                               numeric: true, fill: fillByte)
            }
        case .float(let d):
            guard type == "f" || type == "F", !alternate, grouping == nil else { return nil }
            let places = precision ?? 6
            guard let scaled = FloatFormatter.fixedPointScaled(d, precision: places),
                  let digits = UInt64(exactly: scaled) else { return nil }
            let negative = d < 0 || (d == 0 && d.sign == .minus)
            // At most 20 digits, a point, and zeros up to 18 places: 64 bytes hold the body.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
                let end = buffer.count
                var start = Self.writeDigits(digits, endingAt: end, in: buffer)
                if places > 0 {
                    // The integer part has at least one digit: `0.05`.
                    while end - start < places + 1 {
                        start -= 1
                        buffer[start] = UInt8(ascii: "0")
                    }
                    let point = end - places
                    for k in start..<point { buffer[k - 1] = buffer[k] }
                    buffer[point - 1] = UInt8(ascii: ".")
                    start -= 1
                }
                return compose(negative: negative, body: UnsafeBufferPointer(rebasing: buffer[start..<end]),
                               numeric: true, fill: fillByte)
            }
        case .str(var s):
            guard type == nil || type == "s", sign == "-", !alternate, precision == nil, align != "=" else { return nil }
            return s.withUTF8 { bytes in
                guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
                return compose(negative: false, body: bytes, numeric: false, fill: fillByte)
            }
        default:
            return nil
        }
    }

    /// Writes the decimal digits of `n` so that they end just before `end`; returns where they start.
    private static func writeDigits(_ n: UInt64, endingAt end: Int, in buffer: UnsafeMutableBufferPointer<UInt8>)
        -> Int {
        var n = n
        var k = end
        repeat {
            k -= 1
            buffer[k] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: n % 10)
            n /= 10
        } while n != 0
        return k
    }

    /// The sign (numbers only), then `body` (ASCII), padded to the width as `finish` and `pad` do.
    private func compose(negative: Bool, body: UnsafeBufferPointer<UInt8>, numeric: Bool, fill: UInt8) -> String {
        var signByte: UInt8?
        if numeric {
            signByte = negative ? UInt8(ascii: "-") : sign == "+" ? UInt8(ascii: "+") : sign == " " ? UInt8(ascii: " ") : nil
        }
        let length = body.count + (signByte == nil ? 0 : 1)
        let padding = Swift.max(0, (width ?? 0) - length)
        let alignment = align ?? (numeric ? (zeroPad ? "=" : ">") : "<")
        let left: Int
        switch alignment {
        case "<": left = 0
        case "^": left = padding / 2
        default: left = padding
        }
        if length + padding == 0 { return "" }
        return String(unsafeUninitializedCapacity: length + padding) { out in
            var k = 0
            if alignment == "=" {
                if let signByte { out[k] = signByte; k += 1 }
                for _ in 0..<padding { out[k] = fill; k += 1 }
            } else {
                for _ in 0..<left { out[k] = fill; k += 1 }
                if let signByte { out[k] = signByte; k += 1 }
            }
            for b in body { out[k] = b; k += 1 }
            if alignment != "=" {
                for _ in left..<padding { out[k] = fill; k += 1 }
            }
            return k
        }
    }
}
