import Testing
@testable import PXRuntime

/// The in-place fast paths of compiled code (numbers read straight from frame slots, instances borrowed from
/// them, cached module members) give exactly what the general paths give.
@Suite("Fast paths")
struct FastPathTests {
    @Test("a frame slot holding an instance or an iterator holds its reference at offset 0")
    func instanceLayout() {
        let inst = Instance(cls: BuiltinTypes.object)
        let slot = UnsafeMutablePointer<Value>.allocate(capacity: 1)
        defer { slot.deinitialize(count: 1).deallocate() }
        slot.initialize(to: .instance(inst))
        #expect(slot.borrowedInstance?.takeUnretainedValue() === inst)
        slot.pointee = .list(ListObject([]))
        #expect(slot.borrowedInstance == nil)
        #expect(slot.borrowedIterator == nil)
        let iterator = IteratorObject.over([])
        slot.pointee = .iterator(iterator)
        #expect(slot.borrowedIterator?.takeUnretainedValue() === iterator)
        #expect(slot.borrowedFunction == nil)
    }

    @Test("arithmetic and comparisons of locals keep Python's rules", arguments: [
        // Overflow of machine integers moves to big integers.
        ("def f(a, b):\n    return a * b, a + b, a - b\nprint(f(2 ** 62, 4))",
         "(18446744073709551616, 4611686018427387908, 4611686018427387900)\n"),
        // int / int is correctly rounded, not a division of doubles.
        ("def f(a, b):\n    return a / b\nprint(f(10 ** 17 + 1, 3), f(7, 2))", "3.3333333333333332e+16 3.5\n"),
        ("def f(a, b):\n    return a / b\nprint(f(1.0, 0))", "ZeroDivisionError: float division by zero"),
        // Mixed int and float compare exactly.
        ("def f(a, b):\n    return a > b, a == b\nprint(f(2 ** 53 + 1, 2.0 ** 53))", "(True, False)\n"),
        ("def f(a, b):\n    if a < b:\n        return 'lt'\n    return 'ge'\nprint(f(1, 1.5), f(2.5, 2), f(-0.0, 0))",
         "lt ge ge\n"),
        ("def f(a, b):\n    return a * b + a - b / 2\nprint(f(3, 0.5), f(2.0, 4))", "4.25 8.0\n"),
        ("def f(a):\n    return a * 2, a + 1.5\nprint(f(True), f(7))", "(2, 2.5) (14, 8.5)\n"),
        ("def f(a, b):\n    return a * b\nprint(f('ab', 3), f([1], 2))", "ababab [1, 1]\n"),
        // The local is read before the right side, which may rebind it.
        ("def f():\n    x = 1\n    x += (x := 5)\n    return x\nprint(f())", "6\n"),
        ("def f(a):\n    if a:\n        b = 1\n    return a + b\nf(0)",
         "UnboundLocalError: cannot access local variable 'b' where it is not associated with a value"),
    ])
    func numbers(source: String, expected: String) {
        #expect(evaluate(source) == expected)
    }

    @Test("attributes of local instances: slots, class values, properties, in-place operators")
    func attributes() {
        let source = """
            class P:
                scale = 2
                def __init__(self, x):
                    self.x = x
                    self._v = 0
                @property
                def v(self):
                    return self._v
                @v.setter
                def v(self, value):
                    self._v = min(value, 10)
            def run(p):
                p.x += 1.5
                p.x *= p.scale
                p.v += 7
                p.v += 7
                p.scale += 1
                q = p
                q.name = 'q'
                return p.x, p.v, p.scale, P.scale, q.name
            print(run(P(1)))
            def missing(p):
                return p.nope
            missing(P(0))
            """
        #expect(evaluate(source) == "(5.0, 10, 3, 2, 'q')\nAttributeError: 'P' object has no attribute 'nope'")
    }

    @Test("a module member call sees the member rebound")
    func moduleMember() {
        let source = """
            import math
            def f(x):
                return math.sqrt(x)
            a = f(16.0)
            math.sqrt = lambda x: -x
            print(a, f(16.0))
            del math.sqrt
            f(1.0)
            """
        #expect(evaluate(source) == "4.0 -16.0\nAttributeError: module 'math' has no attribute 'sqrt'")
    }

    @Test("sum of a generator expression runs in place with sum's rules and scoping")
    func inlineSum() {
        let source = """
            def f(n):
                return sum(i * i for i in range(n)), sum(x / 2 for x in range(n) if x % 2), sum(2 ** 62 for _ in range(4))
            print(f(10))
            print(sum(c for c in [1, 2.5, True]), sum(a * b for a in range(3) for b in range(a)))
            fs = sum((lambda: i) for i in range(1)) if False else None
            class A:
                k = 2
                try:
                    s = sum(x * k for x in range(3))
                except NameError as e:
                    print(e)
            def g():
                total = 0
                def sum(xs):
                    return 'mine'
                return sum(x for x in range(3))
            print(g())
            sum_backup = sum
            sum = lambda xs: 'rebound'
            print(sum(x for x in range(3)))
            del sum
            print(sum(x for x in range(3)))
            try:
                sum([1][x] for x in range(3))
            except IndexError as e:
                print(e)
            try:
                sum(x for x in 5)
            except TypeError as e:
                print(e)
            try:
                sum(s for s in ['a', 'b'])
            except TypeError as e:
                print(e)
            print(sum([i] for i in range(3)) if False else sum(v for v in [[1], [2]] if False))
            """
        #expect(evaluate(source) == """
            (285, 12.5, 18446744073709551616)
            4.5 2
            name 'k' is not defined
            mine
            rebound
            3
            list index out of range
            'int' object is not iterable
            unsupported operand type(s) for +: 'int' and 'str'
            0
            """ + "\n")
    }

    @Test("list slices read and assigned without slice objects, and tuple targets of locals")
    func slicesAndTargets() {
        let source = """
            def f(a, k):
                b = a[:]
                b[:k + 1] = b[k::-1]
                c = a[1:-1:2]
                a[::2] = a[1::2] if len(a) % 2 == 0 else a[::2]
                a[1:3] = (x * 10 for x in range(4))
                return b, c, a
            print(f(list(range(8)), 3))
            x = [0, 1, 2, 3]
            try:
                x[::2] = x
            except ValueError as e:
                print(e)
            x[:2] = x
            print(x)
            def g(a):
                try:
                    a[::2] = [1]
                except ValueError as e:
                    print(e)
                try:
                    print(a['x':])
                except TypeError as e:
                    print(e)
                try:
                    a[1:2] = 5
                except TypeError as e:
                    print(e)
                return a[::-1], a[10:], a[-100:2], (1, 2, 3)[::-1]
            print(g([1, 2, 3, 4]))
            def h(pairs):
                out = []
                for a, b in pairs:
                    out.append(a - b)
                for a, b in [[1, 2], (3, 4)]:
                    out.append(a * b)
                try:
                    for a, b in [(1, 2, 3)]:
                        pass
                except ValueError as e:
                    out.append(str(e))
                return out
            print(h([(1, 2), (5, 3)]))
            """
        #expect(evaluate(source) == """
            ([3, 2, 1, 0, 4, 5, 6, 7], [1, 3, 5], [1, 0, 10, 20, 30, 3, 5, 5, 7, 7])
            attempt to assign sequence of size 4 to extended slice of size 2
            [0, 1, 2, 3, 2, 3]
            attempt to assign sequence of size 1 to extended slice of size 2
            slice indices must be integers or None or have an __index__ method
            can only assign an iterable
            ([4, 3, 2, 1], [], [1, 2], (3, 2, 1))
            [-1, 2, 2, 12, 'too many values to unpack (expected 2)']
            """ + "\n")
    }

    @Test("float arithmetic on locals, globals and slots of local instances gives Python's floats")
    func floatExpressions() {
        let source = """
            G = 2.5
            class B:
                mass = 3.0
                def __init__(self, x, v):
                    self.x = x
                    self.v = v
                @property
                def p(self):
                    print('getter')
                    return self.x * 2
            def step(a, b, dt):
                d = a.x - b.x
                e = dt * a.v + b.v * dt - d
                f = (a.x * a.x + b.x * b.x) / (a.mass * G + 1)
                g = a.p + b.x * 2.0
                return d, e, f, g
            print(step(B(1.5, 0.5), B(0.25, 2.0), 0.1))
            print(step(B(3, 1), B(1, 2), 1))
            print(step(B(2 ** 60, 1.0), B(1.0, 2 ** 62), 0.5))
            c = B(1.0, 1.0)
            c.mass = 4.0
            print(step(c, B(0.5, 0.5), 0.01))
            def ratio(a, b):
                return (a.x - b.x) / (a.v - b.v)
            try:
                print(ratio(B(1.0, 1.0), B(2.0, 1.0)))
            except ZeroDivisionError as e:
                print(e)
            d = B(1.0, 2.0)
            d.__dict__
            print(ratio(d, B(0.0, 0.0)))
            def loop(bs, dt):
                total = 0.0
                for _ in range(3):
                    for b in bs:
                        b.x += dt * b.v
                        total += b.x * b.x + 0.5 * b.v
                return total
            print(loop([B(1.0, 0.5), B(2, 1)], 0.25))
            """
        #expect(evaluate(source) == """
            getter
            (1.25, -1.0, 0.27205882352941174, 3.5)
            getter
            (2, 1, 1.1764705882352942, 8.0)
            getter
            (1.152921504606847e+18, 1.152921504606847e+18, 1.563797642099901e+35, 2.305843009213694e+18)
            getter
            (0.5, -0.485, 0.11363636363636363, 3.0)
            float division by zero
            0.5
            25.84375
            """ + "\n")
    }

    @Test("max, min, isinstance and dict.setdefault called without an argument list keep Python's results and errors")
    func binaryBuiltins() {
        let source = """
            nan = float('nan')
            print(max(0, -3), min(5, 100), max(1, 1.0), min(1.0, 1), max(nan, 1), max(1, nan), min('b', 'a'))
            print(max((1, 2), (1, 3)), min([2], [1, 9]), max(True, 1), max(2 ** 70, 3.0), max(-5, 3, key=abs))
            def clamp(v):
                return max(0, min(v, 100))
            print([clamp(v) for v in (-7, 50, 250, 99.5)])
            for args in ((1, 'a'), ('a', None)):
                try:
                    max(*args)
                except TypeError as e:
                    print(e)
            try:
                min(1, 2, default=0)
            except TypeError as e:
                print(e)
            class A:
                pass
            class B(A):
                pass
            print(isinstance(B(), A), isinstance(A(), B), isinstance(3, (str, int)), isinstance(True, int), isinstance(1, float))
            try:
                isinstance(1, 2)
            except TypeError as e:
                print(e)
            f = max
            print(f(3, 4), sorted([3, 1, 2], key=lambda x: max(x, 2)))
            d = {}
            for k, v in [((1, 2), 'a'), ((1, 2.0), 'b'), ('x', 'c')]:
                d.setdefault(k, []).append(v)
            print(d, d.setdefault('y'), d.setdefault('x', 0), d)
            try:
                d.setdefault([1], 0)
            except TypeError as e:
                print(e)
            class Defaults(dict):
                pass
            class Own:
                def setdefault(self, k, v=None):
                    return ('own', k, v)
            e = Defaults()
            print(e.setdefault('k', 1), e, Own().setdefault('k'), Own().setdefault('k', 2))
            """
        #expect(evaluate(source) == """
            0 5 1 1.0 nan 1 a
            (1, 3) [1, 9] True 1180591620717411303424 -5
            [0, 50, 100, 99.5]
            '>' not supported between instances of 'str' and 'int'
            '>' not supported between instances of 'NoneType' and 'str'
            Cannot specify a default for min() with multiple positional arguments
            True False True True False
            isinstance() arg 2 must be a type, a tuple of types, or a union
            4 [1, 2, 3]
            {(1, 2): ['a', 'b'], 'x': ['c'], 'y': None} None ['c'] {(1, 2): ['a', 'b'], 'x': ['c'], 'y': None}
            unhashable type: 'list'
            1 {'k': 1} ('own', 'k', None) ('own', 'k', 2)
            """ + "\n")
    }
}
