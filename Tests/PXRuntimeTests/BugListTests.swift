import PXRuntime
import Testing

/// The bug list of the language: bytes methods that return bytes, frozenset, range slicing, modular inverses,
/// `dict.fromkeys`, the `n` format, the math functions CPython has. Expected texts come from CPython 3.11.
@Suite("Bug list")
struct BugListTests {
    static let values: [(String, String)] = [
        ("b\"  Hello, World!  \".split()", "[b'Hello,', b'World!']"),
        ("b\"a,b,,c\".split(b\",\")", "[b'a', b'b', b'', b'c']"),
        ("b\"x y z\".rsplit(None, 1)", "[b'x y', b'z']"),
        ("b\" a b \".split(None, 0)", "[b'a b ']"),
        ("b\"  hi\\n\".strip()", "b'hi'"),
        ("b\"xxhixx\".strip(b\"x\")", "b'hi'"),
        ("b\"Hello\".upper()", "b'HELLO'"),
        ("b\"Hello\".lower()", "b'hello'"),
        ("b\"hello world\".title()", "b'Hello World'"),
        ("b\"abc\".replace(b\"b\", b\"XY\")", "b'aXYc'"),
        ("b\"-\".join([b\"a\", b\"b\"])", "b'a-b'"),
        ("b\"a=b\".partition(b\"=\")", "(b'a', b'=', b'b')"),
        ("b\"a\\nb\\r\\nc\".splitlines()", "[b'a', b'b', b'c']"),
        ("b\"abc\".center(9, b\"*\")", "b'***abc***'"),
        ("b\"-42\".zfill(6)", "b'-00042'"),
        ("b\"banana\".find(b\"an\")", "1"),
        ("b\"banana\".rfind(b\"an\")", "3"),
        ("b\"banana\".count(b\"a\")", "3"),
        ("b\"banana\".startswith((b\"x\", b\"ba\"))", "True"),
        ("b\"abc\".isalpha()", "True"),
        ("b\"\\xde\\xad\\xbe\\xef\".hex(\":\", 2)", "'dead:beef'"),
        ("bytes.fromhex(\"de ad BE EF\")", "b'\\xde\\xad\\xbe\\xef'"),
        ("b\"a\\xffb\".decode(\"utf-8\", \"replace\")", "'a�b'"),
        ("b\"caf\\xe9\".decode(\"latin-1\")", "'café'"),
        ("\"\\u00e9\".encode(\"latin-1\")", "b'\\xe9'"),
        ("b\"abc\".translate(bytes.maketrans(b\"ab\", b\"xy\"))", "b'xyc'"),
        ("type(b\"ab\".upper()).__name__", "'bytes'"),
        ("sorted(frozenset([3, 1, 2]))", "[1, 2, 3]"),
        ("frozenset()", "frozenset()"),
        ("frozenset([5])", "frozenset({5})"),
        ("hash(frozenset([1, 2, 3]))", "-272375401224217160"),
        ("hash(frozenset())", "133146708735736"),
        ("type(frozenset([1]) | {2}).__name__", "'frozenset'"),
        ("type({2} | frozenset([1])).__name__", "'set'"),
        ("{frozenset([1, 2]): \"k\"}[frozenset([2, 1])]", "'k'"),
        ("len({frozenset([1, 2]), frozenset([2, 1])})", "1"),
        ("frozenset(\"ab\") == {\"a\", \"b\"}", "True"),
        ("{1, 2} in {frozenset({1, 2})}", "True"),
        ("range(0, 30, 3)[1:8:3]", "range(3, 24, 9)"),
        ("range(10)[::-3]", "range(9, -1, -3)"),
        ("range(10, 0, -2)[1:3]", "range(8, 4, -2)"),
        ("range(5)[10:]", "range(5, 5)"),
        ("pow(5, -1, 7)", "3"),
        ("pow(38, -1, 97)", "23"),
        ("dict.fromkeys(\"ab\", 0)", "{'a': 0, 'b': 0}"),
        ("{}.fromkeys([\"k\"], 5)", "{'k': 5}"),
        ("f\"{1234567:n}\"", "'1234567'"),
        ("f\"{1234.5:n}\"", "'1234.5'"),
        ("format(0.000012345, \"n\")", "'1.2345e-05'"),
        ("f\"{-42:+n}\"", "'-42'"),
        ("math.perm(5, 2)", "20"),
        ("math.perm(5)", "120"),
        ("math.dist((0, 0), (3, 4))", "5.0"),
        ("math.erf(1)", "0.8427007929497149"),
        ("math.erfc(1)", "0.15729920705028513"),
        ("math.gamma(0.5)", "1.7724538509055159"),
        ("math.gamma(-1.5)", "2.3632718012073544"),
        ("math.lgamma(10)", "12.801827480081467"),
        ("math.hypot(3, 4, 12)", "13.0"),
        ("ascii(\"caf\\u00e9 \\u2603\")", "\"'caf\\\\xe9 \\\\u2603'\""),
        ("True.bit_length()", "1"),
    ]
    static let errors: [(String, String)] = [
        ("b\"abc\".index(b\"z\")", "ValueError: subsection not found"),
        ("bytes.fromhex(\"zz\")", "ValueError: non-hexadecimal number found in fromhex() arg at position 0"),
        ("b\"\\xff\".decode()", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        ("\"\\u00e9\".encode(\"ascii\")", "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"),
        ("b\"a\" + \"b\"", "TypeError: can't concat str to bytes"),
        ("frozenset([1]).add(2)", "AttributeError: 'frozenset' object has no attribute 'add'"),
        ("hash({1})", "TypeError: unhashable type: 'set'"),
        ("math.gamma(0)", "ValueError: math domain error"),
        ("math.gamma(-2)", "ValueError: math domain error"),
        ("math.perm(-1)", "ValueError: factorial() not defined for negative values"),
        ("math.dist((1,), (1, 2))", "ValueError: both points must have the same number of dimensions"),
        ("f\"{1234:,n}\"", "ValueError: Cannot specify ',' with 'n'."),
        ("pow(6, -1, 9)", "ValueError: base is not invertible for the given modulus"),
        ("b\"a b\".split(\" \")", "TypeError: a bytes-like object is required, not 'str'"),
    ]

    @Test("values", arguments: values)
    func value(expression: String, expected: String) {
        #expect(evaluate("import math\nprint(repr(\(expression)))") == expected + "\n")
    }

    @Test("errors", arguments: errors)
    func error(expression: String, expected: String) {
        #expect(evaluate("import math\n\(expression)") == expected)
    }
}
