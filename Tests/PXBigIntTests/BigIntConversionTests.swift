import PXBigInt
import Testing

/// Expected values come from CPython 3.11 (`float(n)`, `a / b`, `int.to_bytes`, `int.from_bytes`).
@Suite("BigInt conversions")
struct BigIntConversionTests {
    @Test("float(n) rounds to nearest, ties to even, and refuses what does not fit")
    func toDouble() {
        #expect(BigInt(2).power(1000).doubleValue == 0x1p1000)
        #expect(((BigInt(1) << 64) + (1 << 11) + 1).doubleValue == 1.8446744073709556e+19)
        #expect((-(BigInt(1) << 80) - 1).doubleValue == -1.2089258196146292e+24)
        #expect(((BigInt(1) << 1024) - (BigInt(1) << 971)).doubleValue == 1.7976931348623157e+308)
        #expect(((BigInt(1) << 1024) - (BigInt(1) << 970)).doubleValue == nil)
    }

    @Test("true division is correctly rounded, down to subnormals")
    func trueDivision() {
        let ten = BigInt(10)
        #expect(BigInt.trueDivide(ten.power(30), BigInt(7)) == 1.4285714285714285e+29)
        #expect(BigInt.trueDivide(BigInt(1), ten.power(310)) == Double(bitPattern: 0x1268_8b70_e62b))  // 1e-310
        #expect(BigInt.trueDivide(BigInt(7), BigInt(3) * ten.power(315)) == Double(bitPattern: 0x1c26_4c34))  // 2.33333333e-315
        #expect(BigInt.trueDivide(BigInt(1), ten.power(330)) == 0)
        #expect(BigInt.trueDivide(-ten.power(400), ten.power(399) + 3) == -10.0)
        #expect(BigInt.trueDivide(ten.power(17) + 1, BigInt(3)) == 3.3333333333333332e+16)
        #expect(BigInt.trueDivide(BigInt(1) << 1025, BigInt(3)) == 1.1984620899082105e+308)
        #expect(BigInt.trueDivide((BigInt(1) << 1024) - (BigInt(1) << 970), BigInt(1)) == nil)
    }

    @Test("doubles truncate to integers exactly")
    func fromDouble() {
        #expect(BigInt(truncating: 1e300).description.hasPrefix("1000000000000000052504760255204420248704468581108159154915854"))
        #expect(BigInt(truncating: 1e300).description.hasSuffix("5669472196386865459400540160"))
        #expect(BigInt(truncating: -0x1p64) == -(BigInt(1) << 64))
        #expect(BigInt(truncating: -2.9) == BigInt(-2))
    }

    @Test("to_bytes and from_bytes, both byte orders, signed and unsigned")
    func bytes() {
        let p70 = BigInt(1) << 70
        #expect(p70.bytes(count: 10, bigEndian: true, signed: false) == [0, 0x40, 0, 0, 0, 0, 0, 0, 0, 0])
        #expect((-p70).bytes(count: 10, bigEndian: false, signed: true) == [0, 0, 0, 0, 0, 0, 0, 0, 0xC0, 0xFF])
        #expect(p70.bytes(count: 8, bigEndian: true, signed: false) == nil)
        #expect(BigInt(-1).bytes(count: 1, bigEndian: true, signed: false) == nil)
        #expect(BigInt(-128).bytes(count: 1, bigEndian: true, signed: true) == [0x80])
        #expect(BigInt(128).bytes(count: 1, bigEndian: true, signed: true) == nil)
        #expect(BigInt(bytes: [UInt8](repeating: 0xFF, count: 12), bigEndian: true, signed: true) == BigInt(-1))
        #expect(BigInt(bytes: [0x80] + [UInt8](repeating: 0, count: 9), bigEndian: true, signed: true).description
            == "-604462909807314587353088")
    }

    @Test("text in other bases")
    func radixText() {
        #expect(BigInt("zz", radix: 36) == BigInt(1295))
        #expect(BigInt("-ffffffffffffffffffff", radix: 16)?.toString(radix: 16) == "-ffffffffffffffffffff")
        #expect(BigInt("12a", radix: 10) == nil)
        #expect(BigInt("", radix: 10) == nil)
        #expect(BigInt("777777777777777777777777", radix: 8)?.toString(radix: 8) == "777777777777777777777777")
    }
}
