import PXRuntime
import Testing

/// Integers of any size through the language: every expected text is what CPython 3.11 prints for the same
/// expression (`repr` of the value, or the exception's summary).
@Suite("Big integers")
struct BigIntegerTests {
    static let values: [(String, String)] = [
        ("2 ** 64", "18446744073709551616"),
        ("-(2 ** 63) - 1", "-9223372036854775809"),
        ("9223372036854775807 + 1", "9223372036854775808"),
        ("(-9223372036854775807 - 1) // -1", "9223372036854775808"),
        ("abs(-9223372036854775807 - 1)", "9223372036854775808"),
        ("3 ** 100 % 1000003", "189751"),
        ("divmod(-10 ** 30, 7)", "(-142857142857142857142857142858, 6)"),
        ("divmod(10 ** 30, -7)", "(-142857142857142857142857142858, -6)"),
        ("(2 ** 100) // (2 ** 50 + 1)", "1125899906842623"),
        ("-(2 ** 100) % 97", "81"),
        ("(10 ** 17 + 1) / 3", "3.3333333333333332e+16"),
        ("2 ** 1080 / 3 ** 600", "6.912616844723405e+38"),
        ("1 / 10 ** 310", "1e-310"),
        ("(2 ** 64) ** 0.5", "4294967296.0"),
        ("2 ** -64", "5.421010862427522e-20"),
        ("(-2) ** 127", "-170141183460469231731687303715884105728"),
        ("pow(5, -1, 7)", "3"),
        ("pow(3, 10 ** 20, 10 ** 9 + 7)", "139421235"),
        ("pow(-7, 3, -10)", "-3"),
        ("pow(2, 0, 1)", "0"),
        ("1 << 100", "1267650600228229401496703205376"),
        ("-(1 << 100) >> 3", "-158456325028528675187087900672"),
        ("(2 ** 70) & -(2 ** 65)", "1180591620717411303424"),
        ("(2 ** 70) | 12345", "1180591620717411315769"),
        ("~(2 ** 64)", "-18446744073709551617"),
        ("(2 ** 64) ^ -1", "-18446744073709551617"),
        ("(2 ** 100).bit_length()", "101"),
        ("(2 ** 100 - 1).bit_count()", "100"),
        ("(-(2 ** 70)).bit_length()", "71"),
        ("(2 ** 64).to_bytes(9, 'big')", "b'\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'"),
        ("(-(2 ** 64)).to_bytes(9, 'little', signed=True)", "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\xff'"),
        ("int.from_bytes(b'\\xff' * 9, 'big', signed=True)", "-1"),
        ("int.from_bytes(bytes(range(20)), 'little')", "108873724432616589554458274966207996112469623040"),
        ("2 ** 64 == 2.0 ** 64", "True"),
        ("2 ** 53 + 1 == 2.0 ** 53", "False"),
        ("2 ** 53 + 1 > 2.0 ** 53", "True"),
        ("10 ** 400 > float('inf')", "False"),
        ("-(10 ** 400) < -1e308", "True"),
        ("hash(2 ** 100)", "549755813888"),
        ("hash(-(2 ** 100))", "-549755813888"),
        ("hash(2 ** 61 - 1)", "0"),
        ("hash(2 ** 64) == hash(2.0 ** 64)", "True"),
        ("str(2 ** 100)", "'1267650600228229401496703205376'"),
        ("repr(-(3 ** 50))", "'-717897987691852588770249'"),
        ("hex(-(2 ** 70))", "'-0x400000000000000000'"),
        ("oct(2 ** 70)", "'0o200000000000000000000000'"),
        ("bin(2 ** 65)", "'0b100000000000000000000000000000000000000000000000000000000000000000'"),
        ("f'{2 ** 70:,}'", "'1,180,591,620,717,411,303,424'"),
        ("f'{2 ** 70:_x}'", "'40_0000_0000_0000_0000'"),
        ("f'{-(2 ** 70):>30}'", "'       -1180591620717411303424'"),
        ("f'{2 ** 70:e}'", "'1.180592e+21'"),
        ("'%d|%x|%o' % (2 ** 70, 2 ** 70, -(2 ** 70))", "'1180591620717411303424|400000000000000000|-200000000000000000000000'"),
        ("format(1234567, 'n')", "'1234567'"),
        ("f'{1234.5:n}'", "'1234.5'"),
        ("int('  -99_999_999_999_999_999_999  ')", "-99999999999999999999"),
        ("int('0x' + 'f' * 20, 0)", "1208925819614629174706175"),
        ("int('z' * 20, 36)", "13367494538843734067838845976575"),
        ("int(1e300) % 10 ** 9", "400540160"),
        ("int(-1e19)", "-10000000000000000000"),
        ("float(2 ** 1000)", "1.0715086071862673e+301"),
        ("round(2 ** 100 + 5, -1)", "1267650600228229401496703205380"),
        ("round(1.5e20)", "150000000000000000000"),
        ("round(-(2 ** 70), -20)", "-1200000000000000000000"),
        ("sum([2 ** 63, 2 ** 63, -1])", "18446744073709551615"),
        ("sorted([2 ** 100, -3, 2 ** 64, 1.5, -(2 ** 64)])", "[-18446744073709551616, -3, 1.5, 18446744073709551616, 1267650600228229401496703205376]"),
        ("max(2 ** 100, 2 ** 99, 7.5)", "1267650600228229401496703205376"),
        ("math.factorial(30)", "265252859812191058636308480000000"),
        ("math.comb(100, 50)", "100891344545564193334812497256"),
        ("math.perm(30, 20)", "73096577329197271449600000"),
        ("math.gcd(2 ** 100, 6 ** 50)", "1125899906842624"),
        ("math.lcm(2 ** 70, 3 ** 40)", "14353237968448109868972222216943775514624"),
        ("math.isqrt(10 ** 50 - 1)", "9999999999999999999999999"),
        ("math.log(2 ** 2000)", "1386.2943611198907"),
        ("math.log10(10 ** 500)", "500.0"),
        ("math.log2(2 ** 3000)", "3000.0"),
        ("math.floor(1e300) % 1000", "160"),
        ("(2 ** 100).as_integer_ratio()", "(1267650600228229401496703205376, 1)"),
        ("(1e300).as_integer_ratio()[0] % 1000", "160"),
        ("(0.1).as_integer_ratio()", "(3602879701896397, 36028797018963968)"),
        ("range(2 ** 64)[-1]", "18446744073709551615"),
        ("len(range(2 ** 62))", "4611686018427387904"),
        ("range(0, 30, 3)[1:8:3]", "range(3, 24, 9)"),
        ("range(2 ** 64)[2 ** 63:2 ** 64:3]", "range(9223372036854775808, 18446744073709551616, 3)"),
        ("2 ** 64 in range(2 ** 65)", "True"),
        ("list(range(2 ** 64, 2 ** 64 + 3))", "[18446744073709551616, 18446744073709551617, 18446744073709551618]"),
        ("range(10 ** 20).index(10 ** 19)", "10000000000000000000"),
        ("[1, 2, 3][2 ** 64:]", "[]"),
        ("'abc'[::2 ** 64]", "'a'"),
        ("{2 ** 64: 'a'}[2 ** 64]", "'a'"),
        ("len({2 ** 64, 2.0 ** 64})", "1"),
        ("isinstance(2 ** 64, int)", "True"),
        ("type(2 ** 64).__name__", "'int'"),
        ("bool(2 ** 64)", "True"),
        ("2 ** 64 * [1] if False else (2 ** 70) * 1.5", "1.770887431076117e+21"),
        ("-(2 ** 64) // 3", "-6148914691236517206"),
        ("int(2 ** 64) == 2 ** 64", "True"),
    ]
    static let errors: [(String, String)] = [
        ("float(2 ** 1024)", "OverflowError: int too large to convert to float"),
        ("2 ** 1024 + 0.5", "OverflowError: int too large to convert to float"),
        ("(2 ** 1025) / 1", "OverflowError: integer division result too large for a float"),
        ("pow(6, -1, 9)", "ValueError: base is not invertible for the given modulus"),
        ("pow(2, 3, 0)", "ValueError: pow() 3rd argument cannot be 0"),
        ("1 << -1", "ValueError: negative shift count"),
        ("divmod(2 ** 64, 0)", "ZeroDivisionError: integer division or modulo by zero"),
        ("(2 ** 64) % 0", "ZeroDivisionError: integer modulo by zero"),
        ("(2 ** 64) / 0", "ZeroDivisionError: division by zero"),
        ("[0][2 ** 64]", "IndexError: cannot fit 'int' into an index-sized integer"),
        ("'abc'[2 ** 100]", "IndexError: cannot fit 'int' into an index-sized integer"),
        ("[0] * 2 ** 64", "OverflowError: cannot fit 'int' into an index-sized integer"),
        ("len(range(2 ** 64))", "OverflowError: Python int too large to convert to C ssize_t"),
        ("chr(2 ** 40)", "OverflowError: Python int too large to convert to C int"),
        ("(2 ** 64).to_bytes(8, 'big')", "OverflowError: int too big to convert"),
        ("(-1).to_bytes(8, 'big')", "OverflowError: can't convert negative int to unsigned"),
        ("math.factorial(2 ** 64)", "OverflowError: factorial() argument should not exceed 9223372036854775807"),
        ("math.comb(10 ** 30, 10 ** 20)", "OverflowError: min(n - k, k) must not exceed 9223372036854775807"),
        ("math.isqrt(-1)", "ValueError: isqrt() argument must be nonnegative"),
        ("math.sqrt(2 ** 2000)", "OverflowError: int too large to convert to float"),
        ("str(10 ** 5000)", "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"),
        ("int('1' * 5000)", "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"),
        ("'%c' % 2 ** 70", "OverflowError: %c arg not in range(0x110000)"),
        ("f'{10 ** 4300:e}'", "OverflowError: int too large to convert to float"),
        ("bytes(2 ** 64)", "OverflowError: cannot fit 'int' into an index-sized integer"),
        ("[0] * 10 ** 12", "MemoryError"),
        ("'ab' * 10 ** 13", "MemoryError"),
        ("bytes(10 ** 13)", "MemoryError"),
        ("list(range(10 ** 12))", "MemoryError"),
    ]

    @Test("values", arguments: values)
    func value(expression: String, expected: String) {
        #expect(evaluate("import math\nprint(repr(\(expression)))") == expected + "\n")
    }

    @Test("errors", arguments: errors)
    func error(expression: String, expected: String) {
        #expect(evaluate("import math\n\(expression)") == expected)
    }

    @Test("sys.set_int_max_str_digits moves the limit; 0 lifts it")
    func digitLimit() {
        let program = """
            import sys
            print(sys.get_int_max_str_digits())
            sys.set_int_max_str_digits(5000)
            print(len(str(10 ** 4999)))
            sys.set_int_max_str_digits(0)
            print(len(str(7 ** 10000)))
            sys.set_int_max_str_digits(100)
            """
        #expect(evaluate(program) == "4300\n5000\n8451\nValueError: maxdigits must be 0 or larger than 640")
    }

    @Test("factorial and Fibonacci loops promote on overflow and come back to machine integers")
    func loops() {
        let program = """
            f = 1
            for i in range(2, 201):
                f *= i
            a, b = 0, 1
            for _ in range(500):
                a, b = b, a + b
            print(len(str(f)), f % 1000003, a % 10 ** 12, (f // f) + 1, type(f - f + 1).__name__)
            """
        #expect(evaluate(program) == "375 396754 222521294125 2 int\n")
    }
}
