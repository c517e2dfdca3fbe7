import Testing
@testable import PXRuntime

/// Calls entered without the general dispatch: property getters from an attribute site's cache, functions
/// held in locals, built-ins called by name.
extension FastPathTests {
    @Test("property getters called straight from an attribute site, for each class seen there and after a change")
    func propertyGetters() {
        let source = """
            class A:
                def __init__(self, v):
                    self._v = v
                @property
                def v(self):
                    return self._v * 2
                w = property(lambda self: self._v + 1)
                def _u(self, extra=100):
                    return self._v + extra
                u = property(_u)
            class B(A):
                @property
                def v(self):
                    return -self._v
            def read(o):
                return o.v, o.w, o.u
            print([read(o) for o in (A(1), B(2), A(3), B(4))])
            A.v = property(lambda self: 'replaced')
            print(read(A(5)), read(B(6)))
            class C:
                @property
                def boom(self):
                    raise KeyError('inside')
                @property
                def deep(self):
                    return self.deep
            def get(o, name):
                try:
                    return getattr(o, name) if name != 'boom' else o.boom
                except KeyError as e:
                    return 'KeyError', e.args
            print(get(C(), 'boom'))
            def deep(o):
                try:
                    return o.deep
                except RecursionError:
                    return 'RecursionError'
            print(deep(C()))
            class D(A):
                pass
            d = D(7)
            print(d.v)
            d.__dict__['v'] = 'own'
            print(d.v, D(8).v)
            """
        #expect(evaluate(source) == """
            [(2, 2, 101), (-2, 3, 102), (6, 4, 103), (-4, 5, 104)]
            ('replaced', 6, 105) (-6, 7, 106)
            ('KeyError', ('inside',))
            RecursionError
            replaced
            replaced replaced
            """ + "\n")
    }

    @Test("functions held in locals and unbound built-in names are called directly with Python's results, errors and order")
    func directCalls() {
        let source = """
            def apply(f, x):
                return f(x)
            def apply2(f, x, y):
                return f(x, y)
            def twice(x):
                return 2 * x
            def pair(a, b=10):
                return (a, b)
            def triple(a, b, c):
                return a + b + c
            print(apply(twice, 4), apply(lambda s: s + '!', 'hi'), apply(len, [1, 2]), apply(str.upper, 'ab'))
            print(apply(pair, 1), apply2(pair, 1, 2), apply2(max, 3, 7), apply2(lambda a, b: a - b, 9, 4))
            for bad in (3, None):
                try:
                    apply(bad, 1)
                except TypeError as e:
                    print(e)
            try:
                apply(triple, 1)
            except TypeError as e:
                print(e)
            def rebinding(f):
                def change():
                    nonlocal f
                    f = twice
                    return 5
                return f(change())
            print(rebinding(lambda x: x + 1))
            def unbound():
                r = g(1)
                g = twice
                return r
            try:
                unbound()
            except UnboundLocalError as e:
                print(e)
            def local_then_arg(f, xs):
                return f(xs.pop())
            print(local_then_arg(twice, [1, 2, 3]))
            class C:
                def __call__(self, x, y=0):
                    return ('call', x, y)
            print(apply(C(), 1), apply2(C(), 1, 2))
            def shadow(xs):
                total = 0
                for x in xs:
                    total += len(x)
                return total, abs(-3), max(total, 2)
            print(shadow(['ab', 'c']))
            len = lambda x: 100
            max = lambda a, b: 'max'
            print(shadow(['ab', 'c']), apply(len, []))
            del len, max
            print(shadow(['ab', 'c']))
            def rebind_in_arg():
                global abs
                abs = lambda x: 'patched'
                return -4
            print(abs(rebind_in_arg()), abs(-2))
            del abs
            print(abs(-1))
            """
        #expect(evaluate(source) == """
            8 hi! 2 AB
            (1, 10) (1, 2) 7 5
            'int' object is not callable
            'NoneType' object is not callable
            triple() missing 2 required positional arguments: 'b' and 'c'
            6
            cannot access local variable 'g' where it is not associated with a value
            6
            ('call', 1, 0) ('call', 1, 2)
            (3, 3, 3)
            (200, 3, 'max') 100
            (3, 3, 3)
            4 patched
            1
            """ + "\n")
    }
}
