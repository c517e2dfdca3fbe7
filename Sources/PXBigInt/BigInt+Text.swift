// MARK: - Text in bases 2 to 36

extension BigInt {
    /// 10¹⁹, the largest power of ten in a limb.
    static let decimalChunk: UInt = 10_000_000_000_000_000_000
    static let decimalChunkDigits = 19
    /// Above this many limbs, decimal conversion splits the number by a large power of ten first.
    static let splitThreshold = 60

    /// The digits of the number in `radix` (2, 8, 10 or 16; 10 for any other), with a leading `-` if negative.
    public func toString(radix: Int = 10, uppercase: Bool = false) -> String {
        var digits: [UInt8] = isNegative ? [UInt8(ascii: "-")] : []
        switch radix {
        case 2: appendPowerOfTwoDigits(&digits, bitsPerDigit: 1, uppercase: uppercase)
        case 8: appendPowerOfTwoDigits(&digits, bitsPerDigit: 3, uppercase: uppercase)
        case 16: appendPowerOfTwoDigits(&digits, bitsPerDigit: 4, uppercase: uppercase)
        default: BigInt.appendDecimal(&digits, limbs)
        }
        return String(decoding: digits, as: UTF8.self)
    }

    /// The number of decimal digits of the absolute value (1 for zero).
    public var decimalDigitCount: Int { BigInt(normalized: limbs, isNegative: false).toString().utf8.count }

    func appendPowerOfTwoDigits(_ out: inout [UInt8], bitsPerDigit: Int, uppercase: Bool) {
        guard !isZero else { return out.append(UInt8(ascii: "0")) }
        let alphabet = Array((uppercase ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
        let count = (bitLength + bitsPerDigit - 1) / bitsPerDigit
        let mask = UInt(1) << UInt(bitsPerDigit) - 1
        for d in stride(from: count - 1, through: 0, by: -1) {
            let bit = d * bitsPerDigit
            let limb = bit / 64, offset = bit % 64
            var value = limbs[limb] >> UInt(offset)
            if offset + bitsPerDigit > 64 && limb + 1 < limbs.count {
                value |= limbs[limb + 1] << UInt(64 - offset)
            }
            out.append(alphabet[Int(value & mask)])
        }
    }

    /// Appends the decimal digits of a magnitude.
    static func appendDecimal(_ out: inout [UInt8], _ magnitude: [UInt]) {
        // powers[i] = 10^(19·2^i), up to about half the number's length.
        var powers = [BigInt(decimalChunk)]
        while let last = powers.last, last.limbs.count * 2 < magnitude.count - 1 { powers.append(last * last) }
        appendDecimal(&out, magnitude, padTo: 0, powers)
    }

    /// Appends the decimal digits of a magnitude, left-padded with zeros to `width` digits.
    static func appendDecimal(_ out: inout [UInt8], _ magnitude: [UInt], padTo width: Int, _ powers: [BigInt]) {
        if magnitude.count > splitThreshold {
            // Split by the largest power of ten with at most about half the limbs; convert both halves.
            var level = powers.count - 1
            while level > 0 && powers[level].limbs.count * 2 > magnitude.count + 1 { level -= 1 }
            let digits = decimalChunkDigits << level
            let (high, low) = magnitude.withUnsafeBufferPointer { x in
                powers[level].withLimbs { p in Limbs.divide(x, p) }
            }
            appendDecimal(&out, high, padTo: max(0, width - digits), powers)
            appendDecimal(&out, low, padTo: digits, powers)
            return
        }
        var chunks: [UInt] = []
        var rest = magnitude
        rest.withUnsafeMutableBufferPointer { buffer in
            var count = buffer.count
            while count > 0 {
                let part = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
                chunks.append(Limbs.divideInPlace(part, word: decimalChunk))
                while count > 0 && buffer[count - 1] == 0 { count -= 1 }
            }
        }
        var text: [UInt8] = []
        for (i, chunk) in chunks.reversed().enumerated() {
            let part = Array(String(chunk).utf8)
            if i > 0 { text += [UInt8](repeating: UInt8(ascii: "0"), count: decimalChunkDigits - part.count) }
            text += part
        }
        if text.isEmpty && width == 0 { text = [UInt8(ascii: "0")] }
        if text.count < width { out += [UInt8](repeating: UInt8(ascii: "0"), count: width - text.count) }
        out += text
    }

    /// Parses digits in `radix` (2…36; letters in either case), with an optional leading `+` or `-`.
    /// - Returns: nil when the text is empty or holds a character that is not a digit of `radix`.
    public init?(_ text: some StringProtocol, radix: Int = 10) {
        var bytes = Array(text.utf8)
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes.removeFirst()
        }
        guard let magnitude = BigInt.parseMagnitude(bytes, radix: radix) else { return nil }
        self.init(normalized: magnitude, isNegative: negative)
    }

    /// The value of one digit character, or nil.
    static func digitValue(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(c - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(c - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }

    /// The magnitude written by `digits` in `radix`, or nil if a character is not a digit.
    static func parseMagnitude(_ digits: [UInt8], radix: Int) -> [UInt]? {
        precondition((2...36).contains(radix), "internal inconsistency: radix \(radix)")
        guard !digits.isEmpty else { return nil }
        // The largest k with radix^k in a limb: digits are taken k at a time.
        var perChunk = 0
        var scale: UInt = 1
        while true {
            let (next, overflow) = scale.multipliedReportingOverflow(by: UInt(radix))
            if overflow { break }
            scale = next
            perChunk += 1
        }
        var result = Limbs.zeros(digits.count / perChunk + 2)
        var used = 0
        var index = 0
        let firstChunk = digits.count % perChunk == 0 ? perChunk : digits.count % perChunk
        var ok = true
        result.withUnsafeMutableBufferPointer { r in
            var chunkLength = firstChunk
            while index < digits.count {
                var chunk: UInt = 0
                var chunkScale: UInt = 1
                for c in digits[index..<index + chunkLength] {
                    guard let d = digitValue(c), d < radix else { ok = false; return }
                    chunk = chunk * UInt(radix) + UInt(d)
                    chunkScale *= UInt(radix)
                }
                index += chunkLength
                chunkLength = perChunk
                // r = r × chunkScale + chunk
                var carry = chunk
                for i in 0..<used {
                    let (high, low) = r[i].multipliedFullWidth(by: chunkScale)
                    let (s, c) = low.addingReportingOverflow(carry)
                    r[i] = s
                    carry = high &+ (c ? 1 : 0)
                }
                if carry != 0 {
                    r[used] = carry
                    used += 1
                }
            }
        }
        guard ok else { return nil }
        Limbs.normalize(&result)
        return result
    }
}
