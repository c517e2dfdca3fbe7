import PXRuntime
import Testing

@Suite("Formatting")
struct FormattingTests {
    @Test("float repr switches notation where CPython does", arguments: [
        (1e16, "1e+16"), (1e15, "1000000000000000.0"), (0.0001, "0.0001"), (0.00001, "1e-05"), (-0.0, "-0.0"),
        (2.5e-07, "2.5e-07"), (123456789.123456789, "123456789.12345679"), (Double.infinity, "inf"),
    ])
    func floatRepr(value: Double, expected: String) {
        #expect(FloatFormatter.repr(value) == expected)
    }

    @Test("fixed-point formatting is exact and rounds half to even", arguments: [
        (2.675, 2, "2.67"), (0.125, 2, "0.12"), (0.375, 2, "0.38"), (2.5, 0, "2"), (1e-7, 3, "0.000"),
        (123456.789, 1, "123456.8"), (0.5, 0, "0"), (1.5, 0, "2"),
    ])
    func fixedPoint(value: Double, precision: Int, expected: String) {
        #expect(FloatFormatter.fixedPoint(value, precision: precision) == expected)
        #expect(FloatFormatter.printf("%.\(precision)f", value) == expected)
    }

    @Test("format specs", arguments: [
        ("{:>8}", "'       x'"), ("{:08.3f}", "'0003.142'"), ("{:,}", "'1,234,567'"), ("{:_x}", "'dead_beef'"),
        ("{:+.1e}", "'+1.2e+04'"), ("{:.0%}", "'50%'"),
    ])
    func formatSpecs(spec: String, expected: String) {
        let argument: String
        switch spec {
        case "{:>8}": argument = "'x'"
        case "{:08.3f}": argument = "3.14159"
        case "{:,}": argument = "1234567"
        case "{:_x}": argument = "0xdeadbeef"
        case "{:+.1e}": argument = "12345.0"
        default: argument = "0.5"
        }
        #expect(reprOf("'\(spec)'.format(\(argument))") == expected)
    }
}
