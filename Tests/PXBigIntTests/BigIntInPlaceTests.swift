import PXBigInt
import Testing

/// The in-place operators: results equal CPython 3.11's, and a copy taken before the change keeps its value.
@Suite("BigInt in place")
struct BigIntInPlaceTests {
    @Test("*= by a machine integer grows the number in place; a shared copy is untouched")
    func multiplyInPlace() {
        var f = BigInt(1)
        for i in 2...60 { f *= i }
        #expect(f.description == "8320987112741390144276341183223364380754172606361245952449277696409600000000000000")
        let a = BigInt(3).power(200)
        var x = a
        x *= Int.min
        #expect(x.description == "-24498566375951988345147447236522908318337089099519452971606442933295356689737568"
            + "59713055799909903797544208782327808")
        #expect(a == BigInt(3).power(200))
        x *= 0
        #expect(x.isZero && !x.isNegative)
    }

    @Test("+= and -= of every sign, in place where the magnitude allows")
    func addInPlace() {
        let a = BigInt(3).power(200), b = BigInt(7).power(90) + 12345
        var y = a
        y += b
        y -= b + b
        #expect(y.description == "26561398887587476932733084444145858246989332593984934989752095691580751204308761662"
            + "2264459004407")
        var z = -BigInt(2).power(130)
        z += BigInt(2).power(130) - 5
        #expect(z.description == "-5")
        var w = b
        w -= a
        #expect(w == -y)
        var v = a
        v -= a
        #expect(v.isZero && !v.isNegative)
        var u = a
        u += u
        #expect(u == a * 2)
        var t = BigInt(UInt.max)
        t += Int.max
        t -= -1
        #expect(t.description == "27670116110564327423")
    }
}
