import Testing

/// The language side of arrays: operators, indexing, in-place updates, numpy scalars, iteration.
@Suite("Arrays in the language")
struct ArrayGlueTests {
    static func run(_ body: String) -> String {
        evaluate("import numpy as np\n" + body)
    }

    @Test("empty arrays and masks that select nothing do not crash", arguments: [
        ("print(np.arange(0) + 1)", "[]\n"),
        ("b = np.array([1.0, 2.0])\nb[b < 0] += 100\nprint(b)", "[1. 2.]\n"),
        ("b = np.array([-1.0, 2.0])\nb[b < 0] += 100\nprint(b)", "[99.  2.]\n"),
        ("print(np.zeros((0, 3)).sum(axis=0))", "[0. 0. 0.]\n"),
        ("print(np.arange(0).reshape(0, 5).T.shape)", "(5, 0)\n"),
    ])
    func empties(source: String, expected: String) {
        #expect(ArrayGlueTests.run(source) == expected)
    }

    @Test("in-place operators change the array for every name, also inside functions")
    func inPlace() {
        let source = """
            b = np.arange(3)
            b2 = b
            b2 *= 3
            def add(acc, x):
                acc += x
            add(b, 1)
            v = b[1:]
            v -= 10
            print(b, b2 is b)
            """
        #expect(ArrayGlueTests.run(source) == "[ 1 -6 -3] True\n")
    }

    @Test("results written into temporaries never touch named arrays, views or their bases")
    func temporaries() {
        let source = """
            a = np.arange(4.0)
            b = a * a + 1
            c = a + 0
            d = c * 2 + c
            v = a[::2]
            e = v * 3 + 1
            t = a.T + 1
            keep = [a * 2]
            f = keep[0] + 1
            def g():
                return a
            h = g() * 1 + 1
            m = np.ones((2, 2)) * np.arange(2) + np.arange(2)
            print(a, b, c, d, e, t, keep[0], f, h)
            print(m, (a > 1) & (a < 3), -(a * 2) + 1, np.array(5) * np.array(2), repr(np.array(1.0) + 1))
            """
        #expect(ArrayGlueTests.run(source) == """
            [0. 1. 2. 3.] [ 1.  2.  5. 10.] [0. 1. 2. 3.] [0. 3. 6. 9.] [1. 7.] [1. 2. 3. 4.] [0. 2. 4. 6.] [1. 3. 5. 7.] [1. 2. 3. 4.]
            [[0. 2.]
             [0. 2.]] [False False  True False] [ 1. -1. -3. -5.] 10 np.float64(2.0)

            """)
    }

    @Test("numpy scalars print as numpy 2 does and behave as numbers")
    func scalars() {
        let source = """
            s = np.arange(4.0).sum()
            print(s, repr(s), [s, np.int64(2), np.True_])
            print(isinstance(s, float), type(s).__name__, s + 1, repr(s * 2), f"{s:.2f}", "%d" % s, int(s), round(s / 7, 3))
            print({s: 1}[6.0], s == 6, s > 5.5, [1, 2, 3][np.int64(1)])
            """
        #expect(ArrayGlueTests.run(source) == """
            6.0 np.float64(6.0) [np.float64(6.0), np.int64(2), np.True_]
            True float64 7.0 np.float64(12.0) 6.00 6 6 0.857
            1 True True 2

            """)
    }

    @Test("iteration yields rows; len and in look at the first axis")
    func iteration() {
        let source = """
            m = np.arange(6).reshape(3, 2)
            for row in m:
                print(row)
            print(len(m), 3 in m, 7 in m, [2, 3] in m, sum(np.array([0.1, 0.2, 0.3])))
            """
        #expect(ArrayGlueTests.run(source) == "[0 1]\n[2 3]\n[4 5]\n3 True False True 0.6000000000000001\n")
    }

    @Test("errors are numpy's, as Python exceptions")
    func errors() {
        let source = """
            for expression in ["np.ones(3) + np.ones(2)", "np.arange(6).sum(axis=3)", "np.arange(3)[5]"]:
                try:
                    eval_result = None
                    if expression.startswith("np.ones"):
                        np.ones(3) + np.ones(2)
                    elif "sum" in expression:
                        np.arange(6).sum(axis=3)
                    else:
                        np.arange(3)[5]
                except (ValueError, IndexError) as e:
                    print(type(e).__name__, e)
            """
        #expect(ArrayGlueTests.run(source) == """
            ValueError operands could not be broadcast together with shapes (3,) (2,) 
            AxisError axis 3 is out of bounds for array of dimension 1
            IndexError index 5 is out of bounds for axis 0 with size 3

            """)
    }
}
