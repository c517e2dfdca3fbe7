import PXBigInt
import Testing

/// Expected values come from CPython 3.11.
@Suite("BigInt arithmetic")
struct BigIntArithmeticTests {
    static func big(_ text: String) -> BigInt {
        guard let value = BigInt(text) else { Issue.record("bad literal \(text)"); return .zero }
        return value
    }

    static func factorial(_ n: Int) -> BigInt {
        var r = BigInt(1)
        for i in 2...n { r = r * i }
        return r
    }

    @Test("factorial, its decimal and hexadecimal text")
    func factorialText() {
        let f = Self.factorial(60)
        #expect(f.description == "8320987112741390144276341183223364380754172606361245952449277696409600000000000000")
        #expect(f.toString(radix: 16) == "118b5727f009f525dcfe0d58e8653c742de9d889c2efe3c5516f88700000000000000")
        #expect((-f).toString(radix: 2).hasPrefix("-100011000101101"))
    }

    @Test("multiplication and Python's floor division of mixed signs")
    func multiplicationAndDivision() {
        let a = BigInt(3).power(200), b = BigInt(7).power(90) + 12345
        #expect((a * b).description == "30414070283614431663540644822310032610451504406330046521667024197912019424891932713"
            + "22909973030628153880940495527915073423810091384468250847441977206444612627090454188175594")
        let (q, r) = a.floorDivided(by: b)
        #expect(q.description == "23196760719186782608")
        #expect(r.description == "1070899271811779049303735016967845875860090566313191075423362162117308462849")
        let (q2, r2) = (-a).floorDivided(by: b)
        #expect(q2.description == "-23196760719186782609")
        #expect(r2.description == "10379578322509265310036391696577300201193914256971787782791204210002931576745")
        let (q3, r3) = a.floorDivided(by: -b)
        #expect(q3.description == "-23196760719186782609")
        #expect(r3.description == "-10379578322509265310036391696577300201193914256971787782791204210002931576745")
    }

    @Test("Karatsuba and long division agree: (x·y + r) ÷ y", arguments: [3, 41, 90, 200, 700])
    func largeProducts(limbs: Int) {
        var x = BigInt(1), y = BigInt(1)
        for i in 0..<limbs {
            x = x * BigInt(UInt(0x9E37_79B9_7F4A_7C15) &* UInt(i + 1))
            y = y * BigInt(UInt(0xC2B2_AE3D_27D4_EB4F) &+ UInt(i))
        }
        let r = y - 1
        let (q, remainder) = (x * y + r).quotientAndRemainder(dividingBy: y)
        #expect(q == x)
        #expect(remainder == r)
        #expect((x * y) * (x + 1) == x * (y * (x + 1)))
        #expect((x + y) * (x + y) == x * x + BigInt(2) * x * y + y * y)
    }

    @Test("decimal text round-trips through the divide-and-conquer conversion", arguments: [1, 19, 20, 500, 4300, 20_000])
    func decimalRoundTrip(digits: Int) {
        var text = "9"
        for i in 1..<digits { text.append(Character(String((i * 7 + i / 3) % 10))) }
        let value = Self.big(text)
        #expect(value.description == text)
        #expect(Self.big("-" + text).description == "-" + text)
        #expect((value * BigInt(10).power(40)).description == text + String(repeating: "0", count: 40))
    }

    @Test("powers, modular powers and inverses")
    func modular() {
        #expect(BigInt(2).power(1000).description.hasPrefix("10715086071862673209484250490600018105614048117055336074437503"))
        let m = (BigInt(1) << 127) - 1
        #expect(BigInt(3).power(BigInt(10).power(20) + 7, modulus: m).description == "97042603808913478002477269549404590419")
        #expect(BigInt(12345).inverse(modulo: (BigInt(1) << 89) - 1)?.description == "511371019063248012300371322")
        #expect(BigInt(5).inverse(modulo: BigInt(7)) == BigInt(3))
        #expect(BigInt(6).inverse(modulo: BigInt(9)) == nil)
        #expect(BigInt(-7).power(BigInt(3), modulus: BigInt(-10)) == BigInt(-3))
    }

    @Test("square roots and gcd")
    func rootsAndGCD() {
        #expect(BigInt(10).power(101).squareRoot().description == "316227766016837933199889354443271853371955513932521")
        let a = BigInt(2).power(200) * BigInt(3).power(50)
        #expect(BigInt.gcd(a, BigInt(6).power(80)).description == "867885413170065858204611327680832512371745357824")
    }

    @Test("bit operations follow infinite two's complement")
    func bitwise() {
        let p70 = BigInt(1) << 70
        #expect(((-p70) >> 3).description == "-147573952589676412928")
        #expect(((-p70 - 1) >> 64).description == "-65")
        #expect((BigInt(-5) & (p70 + 3)).description == "1180591620717411303427")
        #expect(((-p70) | BigInt(12345)).description == "-1180591620717411291079")
        #expect(((-p70) ^ ((BigInt(1) << 65) - 1)).description == "-1143698132569992200193")
        #expect(~p70 == -p70 - 1)
        #expect(p70.bitLength == 71)
        #expect((p70 - 1).bitCount == 70)
    }

    @Test("results that fit come back as machine integers")
    func machineIntegers() {
        #expect(BigInt.product(Int.max, 2).asInt == nil)
        #expect((BigInt.product(Int.max, 2) - Int.max).asInt == Int.max)
        #expect(BigInt(Int.min).asInt == Int.min)
        #expect((-BigInt(Int.min)).asInt == nil)
        #expect(BigInt.sum(Int.max, 1).description == "9223372036854775808")
        #expect(BigInt.compare(BigInt(Int.min), -1) == -1)
    }
}
