import Testing
@testable import PXRuntime

/// Arithmetic flattened into a program on machine numbers (`FloatProgram`) and `yield from` resumed from its
/// slot give what the general paths give (expected outputs: python3 3.11).
extension FastPathTests {
    @Test("int and float arithmetic trees: big ints, //, %, /, zero divisors, rebound globals, non-numbers, unbound")
    func numberPrograms() {
        let source = """
            K = 7
            def a(i, j):
                return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
            def mix(i, j, x):
                return (i * j - i) % 7 + x * i - j // 3
            def big(i, j):
                return i * j + i - j
            def neg(i, j):
                return (i - j) // 3 + (i - j) % 5 - j % -4
            def ratio(i, j):
                return (i + j + K) / (i - j)
            def glob(i, j):
                return i * K + j * K - K
            print(a(0, 0), a(3, 5), a(199, 199))
            print(mix(3, 4, 0.5), mix(-3, 5, 2), mix(2, 9, True))
            print(big(2 ** 40, 2 ** 30), big(2 ** 62, 2), big(-2 ** 62, 3))
            print(neg(1, 8), neg(-7, 2), neg(10, -3))
            print(ratio(3, 1), ratio(2 ** 60, 1), ratio(2 ** 54, 3))
            try:
                print(ratio(2, 2))
            except ZeroDivisionError as e:
                print('ZeroDivisionError:', e)
            try:
                print(neg(1.5, 0.5), mix(1.5, 2.0, 1))
            except ZeroDivisionError as e:
                print(e)
            print(glob(1, 2))
            K = 2.5
            print(glob(1, 2))
            K = 'x'
            try:
                print(glob(1, 2))
            except TypeError as e:
                print('TypeError:', e)
            K = 2 ** 70
            print(glob(1, 2))
            def strings(s, t, u):
                return s + t * 2 + u
            print(strings('a', 'b', 'c'), strings([1], [2], [3]))
            def unbound(i):
                if i:
                    j = 1
                return i * j + i - 1
            try:
                print(unbound(0))
            except UnboundLocalError as e:
                print('UnboundLocalError:', e)
            def floats(x, y):
                return x // y + x % y - y * 2
            print(floats(7.5, 2.0), floats(-7.5, 2), floats(7, -2.5))
            try:
                print(floats(1.0, 0.0))
            except ZeroDivisionError as e:
                print('ZeroDivisionError:', e)
            def intdiv(i, j):
                return (i + 1) // (j - 1) + i
            try:
                print(intdiv(5, 3), intdiv(-2 ** 63, 0))
            except ZeroDivisionError as e:
                print('ZeroDivisionError:', e)
            print(intdiv(-2 ** 63 - 1, 0), intdiv(3, 1.5))
            """
        #expect(evaluate(source) == """
            1.0 0.025 1.2562656248037085e-05
            2.5 -5 1
            1180591621815849189376 13835058055282163710 -18446744073709551619
            0 0 10
            5.5 1.0 1.0000000000000007
            ZeroDivisionError: division by zero
            4.5 3.0
            14
            5.0
            TypeError: unsupported operand type(s) for -: 'str' and 'str'
            2361183241434822606848
            abbc [1, 2, 2, 3]
            UnboundLocalError: cannot access local variable 'j' where it is not associated with a value
            0.5 -7.5 1.5
            ZeroDivisionError: float floor division by zero
            8 -1
            -1 11.0
            """ + "\n")
    }

    @Test("yield from a generator, a list and an iterator: values, send, throw, return values, errors, close")
    func yieldFromResumes() {
        let source = """
            def inner(n):
                for i in range(n):
                    got = yield i
                    if got is not None:
                        print('inner got', got)
                return 'done%d' % n
            def outer():
                r = yield from inner(3)
                print('returned', r)
                r = yield from [10, 11]
                print('list gives', r)
                r = yield from iter((20, 21))
                yield r
            g = outer()
            print(next(g), next(g))
            print(g.send('x'))
            print(list(g))
            def flatten(chunks):
                for chunk in chunks:
                    yield from chunk
            print(sum(flatten([[1, 2], (3,), range(4, 6), inner(2)])))
            def thrower():
                try:
                    yield from inner(5)
                except KeyError as e:
                    print('caught', e)
                    yield 'after'
            t = thrower()
            print(next(t), next(t), t.throw(KeyError('k')))
            def failing():
                yield 1
                raise ValueError('bad')
            def wrap():
                yield from failing()
            w = wrap()
            print(next(w))
            try:
                next(w)
            except ValueError as e:
                print('ValueError', e)
            print(next(w, 'finished'))
            def closing():
                try:
                    yield from inner(4)
                finally:
                    print('closed')
            c = closing()
            next(c)
            next(c)
            c.close()
            """
        #expect(evaluate(source) == """
            0 1
            inner got x
            2
            returned done3
            list gives None
            [10, 11, 20, 21, None]
            16
            caught 'k'
            0 1 after
            1
            ValueError bad
            finished
            closed
            """ + "\n")
    }
}
