import Testing
@testable import PXRuntime

/// Loops over pairs (`for a, b in zip(xs, ys)`, `enumerate`, in comprehensions too) take each pair without a
/// tuple (`PairIterator`) and behave as the general path: targets of every kind, `else`, `break`, strict zips,
/// the order in which the sources run, targets that are not two names (expected output: python3 3.11.7).
extension FastPathTests {
    @Test("for loops and comprehensions over zip and enumerate pairs")
    func pairLoops() {
        let source = #"""
            xs = [1, 2, 3, 4]
            ys = 'abc'
            for a, b in zip(xs, ys):
                print(a, b)
            else:
                print('else', a, b)
            for i, w in enumerate(['p', 'q', 'r'], 10):
                if w == 'q':
                    continue
                print(i, w)
            for i, w in enumerate('xyz'):
                if i == 1:
                    break
            else:
                print('not reached')
            print(i, w)
            z = zip(xs, ys)
            print(type(z).__name__, next(z), list(z), list(z))
            e = enumerate(xs)
            print(type(e).__name__, next(e), list(e))
            d = {}
            for d['k'], [p, q] in zip('mn', ['uv', 'wx']):
                print(d, p, q)
            class Box:
                pass
            box = Box()
            for box.x, box.y in enumerate('ab'):
                print(box.x, box.y)
            lst = [0, 1, 2]
            for lst[0], lst[1] in zip((7, 8), (9, 10)):
                print(lst)
            def log(name, n):
                for k in range(n):
                    print(name, k)
                    yield k
            for a, b in zip(log('first', 3), log('second', 2)):
                print('got', a, b)
            try:
                for a, b in zip([1, 2], [3], strict=True):
                    print('strict', a, b)
            except ValueError as err:
                print(err)
            try:
                for a, b in zip([1], [3, 4], strict=True):
                    print('strict', a, b)
            except ValueError as err:
                print(err)
            try:
                for a, b, c in zip([1], [2]):
                    pass
            except ValueError as err:
                print(err)
            for a, *rest in zip([1, 2], [3, 4]):
                print(a, rest)
            for t in zip([1, 2], [3, 4]):
                print(t)
            print([a * b for a, b in zip(range(4), range(10, 14))])
            print({k: v for k, v in enumerate('hey') if k != 1})
            print(sum(a * b for a, b in zip([1.5, 2.0], [2, 4])))
            print([(i, j) for i, w in enumerate(['ab', 'c']) for j, ch in enumerate(w)])
            def f(items):
                total = 0
                for n, (a, b) in enumerate(zip(items, items[1:])):
                    total += n * (a + b)
                    if total > 100:
                        return n, total
                return total
            print(f([3, 1, 4, 1, 5, 9, 2, 6]), f(list(range(20))))
            grow = [1, 2]
            for i, v in enumerate(grow):
                if i < 3:
                    grow.append(v * 10)
                print(i, v)
            def g():
                for a, b in zip('ab', 'cd'):
                    yield a + b
            print(list(g()))
            try:
                for a, b in enumerate(5):
                    pass
            except TypeError as err:
                print(err)
            """#
        #expect(evaluate(source) == """
            1 a
            2 b
            3 c
            else 3 c
            10 p
            12 r
            1 y
            zip (1, 'a') [(2, 'b'), (3, 'c')] []
            enumerate (0, 1) [(1, 2), (2, 3), (3, 4)]
            {'k': 'm'} u v
            {'k': 'n'} w x
            0 a
            1 b
            [7, 9, 2]
            [8, 10, 2]
            first 0
            second 0
            got 0 0
            first 1
            second 1
            got 1 1
            first 2
            strict 1 3
            zip() argument 2 is shorter than argument 1
            strict 1 3
            zip() argument 2 is longer than argument 1
            not enough values to unpack (expected 3, got 2)
            1 [3]
            2 [4]
            (1, 3)
            (2, 4)
            [0, 11, 24, 39]
            {0: 'h', 2: 'y'}
            11.0
            [(0, 0), (0, 1), (1, 0)]
            (5, 144) (5, 125)
            0 1
            1 2
            2 10
            3 20
            4 100
            ['ac', 'bd']
            'int' object is not iterable
            """ + "\n")
    }
}
