import Testing
@testable import PXRuntime

/// Assignments of a float program to a local and `math.sqrt` inside a program give what the general paths give
/// (expected output: python3 3.11).
extension FastPathTests {
    @Test("local = arithmetic and math.sqrt in programs: ints, big ints, domain errors, rebound math and sqrt, misses")
    func floatAssignmentsAndSquareRoots() {
        let source = """
            import math
            from math import sqrt
            class P:
                def __init__(self, x, y):
                    self.x, self.y = x, y
            def dist(a, b):
                dx = a.x - b.x
                dy = a.y - b.y
                d2 = dx * dx + dy * dy
                mag = 0.5 / (d2 * math.sqrt(d2))
                root = 1.0 * sqrt(d2) + 0
                return dx, dy, d2, mag, root
            print(dist(P(1.0, 2.0), P(4.0, 6.0)), dist(P(1, 2), P(4, 6)), dist(P(3, 4), P(0, 0)))
            def ints(i, j, k):
                a = i * j + k
                b = (i + j) * (i + j + 1) // 2 + i + 1
                c = i / j - k
                return a, b, c
            print(ints(3, 4, 5), ints(2**40, 2**40, 1), ints(1, 3, 0.5), ints(7, 2, -1))
            def domain(x):
                try:
                    return 2.0 * math.sqrt(x) + 1
                except (ValueError, OverflowError) as e:
                    return type(e).__name__, str(e)
            print(domain(4.0), domain(-1.0), domain(0.0), domain(-0.0), domain(float('nan')), domain(float('inf')), domain(2**60 + 1), domain(10**400))
            def mixed(a, b):
                r = a * b + a
                return r
            print(mixed(1.5, 2), mixed('x', 3), mixed([1], 2), mixed(2, 3), mixed(True, 2.5), mixed(2**62, 2))
            for _ in range(70):
                last = mixed([0], 1)
            print(len(last), mixed(0.5, 0.25))
            def rebound():
                return 3.0 * math.sqrt(16.0) - 1
            print(rebound())
            real = math.sqrt
            math.sqrt = lambda v: ('patched', v)
            try:
                print(rebound())
            except TypeError as e:
                print('TypeError', e)
            math.sqrt = real
            print(rebound())
            saved = math
            math = None
            try:
                rebound()
            except AttributeError as e:
                print('AttributeError', e)
            del math
            try:
                rebound()
            except NameError as e:
                print('NameError', e)
            math = saved
            print(rebound())
            def viasqrt(v):
                return v * sqrt(v) + 1
            print(viasqrt(4))
            sqrt = lambda v: -v
            print(viasqrt(4))
            class Fake:
                sqrt = staticmethod(lambda v: v * 10)
            math = Fake()
            print(rebound())
            math = saved
            print(rebound(), viasqrt(2.0))
            """
        #expect(evaluate(source) == """
            (-3.0, -4.0, 25.0, 0.004, 5.0) (-3, -4, 25, 0.004, 5.0) (3, 4, 25, 0.004, 5.0)
            (17, 32, -4.25) (1208925819614629174706177, 2417851639231457372667905, 0.0) (3.5, 12, -0.16666666666666669) (13, 53, 4.5)
            5.0 ('ValueError', 'math domain error') 1.0 1.0 nan inf 2147483649.0 ('OverflowError', 'int too large to convert to float')
            4.5 xxxx [1, 1, 1] 8 3.5 13835058055282163712
            2 0.625
            11.0
            TypeError can't multiply sequence by non-int of type 'float'
            11.0
            AttributeError 'NoneType' object has no attribute 'sqrt'
            NameError name 'math' is not defined
            11.0
            9.0
            -15
            479.0
            11.0 -3.0
            """ + "\n")
    }
}
