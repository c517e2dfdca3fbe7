import Testing
@testable import PXRuntime

/// Division of ints, one-argument calls of built-ins and generator loops resumed with their iterator borrowed
/// from the frame give exactly what the general paths give (expected outputs: python3 3.11).
extension FastPathTests {
    @Test("`%` and `//` of ints (constant and variable divisors), with Python's floor rounding and every other operand type")
    func integerDivision() {
        let source = """
            def f(a, b):
                return a % b, a // b
            def g(a):
                return a % 7, a // 7, a % -7, a // -7, a % 1, a // 1
            print(f(17, 5), f(-17, 5), f(17, -5), f(-17, -5), f(0, 3), f(5, -1), f(-5, -1))
            print(g(20), g(-20), g(0))
            print(f(-2 ** 63, -1), f(-2 ** 63, 3), f(2 ** 63 - 1, -2), f(2 ** 70, 3))
            print(f(7.5, 2), f(7, 2.5), f(-7, 2.0), f(True, 2))
            print([x % 2 == 0 for x in range(-3, 4)], [x // 3 for x in range(-4, 5)])
            for a, b in [(1, 0), (1.0, 0), (2 ** 70, 0)]:
                try:
                    f(a, b)
                except ZeroDivisionError as e:
                    print(e)
            try:
                g('x')
            except TypeError as e:
                print(e)
            def h(a, b):
                return a % b
            print(h('%d-%s', (3, 'a')), h('%05.1f', 3.14159))
            class M:
                def __mod__(self, k):
                    return ('mod', k)
                def __floordiv__(self, k):
                    return ('div', k)
                def __rmod__(self, k):
                    return ('rmod', k)
            print(g(M())[0], g(M())[1], f(M(), 3), h(3, M()))
            class I(int):
                def __mod__(self, k):
                    return 'I.mod'
            print(f(I(9), 4)[0], g(I(9))[0], f(9, I(4)))
            """
        #expect(evaluate(source) == """
            (2, 3) (3, -4) (-3, -4) (-2, 3) (0, 0) (0, -5) (0, 5)
            (6, 2, -1, -3, 0, 20) (1, -3, -6, 2, 0, -20) (0, 0, 0, 0, 0, 0)
            (0, 9223372036854775808) (1, -3074457345618258603) (-1, -4611686018427387904) (1, 393530540239137101141)
            (1.5, 3.0) (2.0, 2.0) (1.0, -4.0) (1, 0)
            [False, True, False, True, False, True, False] [-2, -1, -1, -1, 0, 0, 0, 1, 1]
            integer modulo by zero
            float modulo
            integer modulo by zero
            not all arguments converted during string formatting
            3-a 003.1
            ('mod', 7) ('div', 7) (('mod', 3), ('div', 3)) ('rmod', 3)
            I.mod I.mod (1, 2)
            """ + "\n")
    }

    @Test("one-argument calls of sum, tuple and list, and sum with a start, as the general calls give")
    func oneArgumentBuiltins() {
        let source = """
            print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 1], 1), sum([[1], [2]], []), sum(x for x in range(5)))
            print(sum(range(10 ** 6)), sum([2 ** 62, 2 ** 62]), sum((), 7), sum([1, 2], start=5))
            for bad in [lambda: sum(['a', 'b'], ''), lambda: sum(['a']), lambda: sum(1)]:
                try:
                    bad()
                except TypeError as e:
                    print(e)
            t = (1, 2)
            print(tuple([1, 2]), tuple(t) is t, tuple('ab'), tuple(x * 2 for x in range(3)), tuple({1: 2}), tuple())
            print(list((1, 2)), list('ab'), list(range(3)), list())
            for bad in [lambda: tuple(1), lambda: list(None)]:
                try:
                    bad()
                except TypeError as e:
                    print(e)
            class T(tuple):
                pass
            class L(list):
                pass
            print(type(T([1])).__name__, T([1]), type(L('ab')).__name__, L('ab'))
            f = tuple
            print(f([3]), list(map(tuple, ['ab', 'c'])), [sum(p) for p in [(1, 2), (3, 4)]])
            """
        #expect(evaluate(source) == """
            6 13 2.5 [1, 2] 10
            499999500000 9223372036854775808 7 8
            sum() can't sum strings [use ''.join(seq) instead]
            unsupported operand type(s) for +: 'int' and 'str'
            'int' object is not iterable
            (1, 2) True ('a', 'b') (0, 2, 4) (1,) ()
            [1, 2] ['a', 'b'] [0, 1, 2] []
            'int' object is not iterable
            'NoneType' object is not iterable
            T (1,) L ['a', 'b']
            (3,) [('a', 'b'), ('c',)] [3, 7]
            """ + "\n")
    }

    @Test("generator loops around one yield: send, throw, close, break, else, return values, nested loops")
    func generatorLoops() {
        let source = """
            def gen(xs):
                for x in xs:
                    y = yield x * 2
                    if y is not None:
                        print('got', y)
            g = gen([1, 2, 3])
            print(next(g), g.send('a'), next(g))
            try:
                g.send('b')
            except StopIteration:
                print('stop')
            def filt(xs):
                for x in xs:
                    if x % 2:
                        yield x
                else:
                    yield 'else'
            print(list(filt(range(6))))
            def brk(xs):
                for x in xs:
                    yield x
                    if x == 2:
                        break
                yield 'after'
            print(list(brk([1, 2, 3])))
            def inner():
                yield 1
                yield 2
            def outer():
                for a in inner():
                    yield a
                    for b in inner():
                        yield (a, b)
            print(list(outer()))
            def thrown(xs):
                for x in xs:
                    try:
                        yield x
                    except ValueError as e:
                        print('caught', e)
            t = thrown([1, 2, 3])
            print(next(t), t.throw(ValueError('v')), next(t))
            t.close()
            def closed():
                for x in range(3):
                    yield x
            c = closed()
            print(next(c))
            c.close()
            print(list(c))
            def ret():
                for x in range(2):
                    yield x
                return 'done'
            r = ret()
            print(next(r), next(r))
            try:
                next(r)
            except StopIteration as e:
                print('value', e.value)
            def shrink(xs):
                for x in xs:
                    yield x
                    if xs:
                        xs.pop()
            print(list(shrink([1, 2, 3, 4])))
            def dropped():
                for x in range(10):
                    yield x
            d = dropped()
            print(next(d), next(d))
            del d
            print(sum(x for x in (y * y for y in range(10)) if x % 3 == 0))
            """
        #expect(evaluate(source) == """
            got a
            2 4 6
            got b
            stop
            [1, 3, 5, 'else']
            [1, 2, 'after']
            [1, (1, 1), (1, 2), 2, (2, 1), (2, 2)]
            caught v
            1 2 3
            0
            []
            0 1
            value done
            [1, 2]
            0 1
            126
            """ + "\n")
    }
}
