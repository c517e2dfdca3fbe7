import Testing
@testable import PXRuntime

/// The built-in types' fast paths (one-argument calls of `str`, `int`, `float`, `bool` and `range`; dict
/// lookups, insertions and iterators that work on the table in place; presized dict displays and json objects)
/// give exactly what the general paths give (expected outputs: python3 3.11).
extension FastPathTests {
    @Test("str, int, float, bool and range called with one argument: subclasses, dunder conversions, errors, rebinding")
    func oneArgumentConversions() {
        let source = """
            print(str(5), str(-2 ** 70), str(1.5), str(None), str('ab'), str(b'x'), str([1, 'a']), repr(str(())))
            class S(str):
                def __str__(self):
                    return 'S!'
            s = S('abc')
            print(str(s), type(str(s)).__name__, type(str('a')).__name__, str(S('q')) == 'S!')
            class P:
                def __str__(self):
                    return 'P'
            class Bad:
                def __str__(self):
                    return 3
            print(str(P()), [str(x) for x in range(3)], ','.join(str(i * 7 % 5) for i in range(6)))
            try:
                str(Bad())
            except TypeError as e:
                print(e)
            print(int(7), int(-3.9), int(' 12 '), int('1_000'), int(True), int(2 ** 70), int(1e20), int('-0'), int(-0.5))
            for bad in ['x', '', '1.5', '__1', '1__0']:
                try:
                    int(bad)
                except ValueError as e:
                    print(e)
            for bad in [float('nan'), float('inf')]:
                try:
                    int(bad)
                except (ValueError, OverflowError) as e:
                    print(type(e).__name__, e)
            try:
                int(None)
            except TypeError as e:
                print(e)
            class I(int):
                pass
            class N:
                def __int__(self):
                    return 42
                def __float__(self):
                    return 2.5
                def __index__(self):
                    return 7
            print(type(int(I(3))).__name__, int(I(3)), int(N()), float(N()), sum(int(f) for f in '1 2 3'.split()))
            print(float(3), float(-2), float(' 1e3 '), float('inf'), float('-nan'), float(2 ** 70), float(True), float(1.25))
            for bad in ['x', '0x10', '']:
                try:
                    float(bad)
                except ValueError as e:
                    print(e)
            try:
                float([])
            except TypeError as e:
                print(e)
            print(bool(0), bool(''), bool([]), bool([0]), bool(None), bool(0.0), bool('a'), bool(-1))
            class Z:
                def __len__(self):
                    return 0
            class B:
                def __bool__(self):
                    return 'x'
            print(bool(Z()))
            try:
                bool(B())
            except TypeError as e:
                print(e)
            print(range(5), list(range(3)), range(-2), range(2 ** 70)[-1], list(range(True)), range(2 ** 64))
            try:
                range(1.5)
            except TypeError as e:
                print(e)
            f = float
            print(list(map(str, [1, 2.5, None])), list(map(f, ['2', 3])), list(map(bool, [0, 3])))
            str, int = int, str
            print(str('5') + 1, int(5) + 'a')
            """
        #expect(evaluate(source) == """
            5 -1180591620717411303424 1.5 None ab b'x' [1, 'a'] '()'
            S! str str True
            P ['0', '1', '2'] 0,2,4,1,3,0
            __str__ returned non-string (type int)
            7 -3 12 1000 1 1180591620717411303424 100000000000000000000 0 0
            invalid literal for int() with base 10: 'x'
            invalid literal for int() with base 10: ''
            invalid literal for int() with base 10: '1.5'
            invalid literal for int() with base 10: '__1'
            invalid literal for int() with base 10: '1__0'
            ValueError cannot convert float NaN to integer
            OverflowError cannot convert float infinity to integer
            int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
            int 3 42 2.5 6
            3.0 -2.0 1000.0 inf nan 1.1805916207174113e+21 1.0 1.25
            could not convert string to float: 'x'
            could not convert string to float: '0x10'
            could not convert string to float: ''
            float() argument must be a string or a real number, not 'list'
            False False False True False False True True
            False
            __bool__ should return bool, returned str
            range(0, 5) [0, 1, 2] range(0, -2) 1180591620717411303423 [0] range(0, 18446744073709551616)
            'float' object cannot be interpreted as an integer
            ['1', '2.5', 'None'] [2.0, 3.0] [False, True]
            6 5a
            """ + "\n")
    }

    @Test("dict lookups and iterators in place: str subclass keys, __hash__ and __eq__ overrides, errors, changes during iteration")
    func dictsInPlace() {
        let source = """
            class K(str):
                def __hash__(self):
                    return hash(str(self)[:1])
                def __eq__(self, other):
                    return str(self).lower() == str(other).lower()
            d = {}
            for w in ['Ab', 'ab', 'AB', 'b', 'x']:
                d[w] = d.get(w, 0) + 1
            d[K('aB')] = d.get(K('aB'), 0) + 10
            print(d, K('ab') in d, d.get(K('X')), d.setdefault(K('bb'), 5), len(d))
            class H:
                def __init__(self, n):
                    self.n = n
                def __hash__(self):
                    return 1
                def __eq__(self, other):
                    if isinstance(other, H) and other.n == 99:
                        raise ValueError('no 99')
                    return isinstance(other, H) and self.n == other.n
                def __repr__(self):
                    return f'H{self.n}'
            h = {H(i): i for i in range(4)}
            print(h, h[H(2)], h.get(H(7), 'none'), H(3) in h)
            try:
                h[H(99)]
            except ValueError as e:
                print('eq raised', e)
            counts = {}
            for word in 'the cat the dog the end'.split():
                counts[word] = counts.get(word, 0) + 1
                counts.setdefault(word.upper(), []).append(len(word))
            print(counts, sorted(counts.items(), key=lambda kv: str(kv[1])))
            print(list(reversed(counts)), list(counts.values())[:3], [k for k, v in counts.items() if v == 1])
            for view in [counts, counts.keys(), counts.values(), counts.items()]:
                try:
                    for x in view:
                        counts['new' + str(len(counts))] = 0
                except RuntimeError as e:
                    print(e)
            e = {1: 'a', 2: 'b', 3: 'c'}
            it = iter(e)
            next(it)
            del e[1]
            e[4] = 'd'
            try:
                print(list(it))
            except RuntimeError as err:
                print(err)
            e = {i: i for i in range(10)}
            for k in list(e):
                if k % 3:
                    del e[k]
            print(e, list(e.items()), list(reversed(e.items())), 1.0 in {1: 0}, {True: 1}.get(1))
            """
        #expect(evaluate(source) == """
            {'Ab': 1, 'ab': 1, 'AB': 1, 'b': 1, 'x': 1, 'aB': 10, 'bb': 5} True None 5 7
            {H0: 0, H1: 1, H2: 2, H3: 3} 2 none True
            eq raised no 99
            {'the': 3, 'THE': [3, 3, 3], 'cat': 1, 'CAT': [3], 'dog': 1, 'DOG': [3], 'end': 1, 'END': [3]} [('cat', 1), ('dog', 1), ('end', 1), ('the', 3), ('THE', [3, 3, 3]), ('CAT', [3]), ('DOG', [3]), ('END', [3])]
            ['END', 'end', 'DOG', 'dog', 'CAT', 'cat', 'THE', 'the'] [3, [3, 3, 3], 1] ['cat', 'dog', 'end']
            dictionary changed size during iteration
            dictionary changed size during iteration
            dictionary changed size during iteration
            dictionary changed size during iteration
            dictionary keys changed during iteration
            {0: 0, 3: 3, 6: 6, 9: 9} [(0, 0), (3, 3), (6, 6), (9, 9)] [(9, 9), (6, 6), (3, 3), (0, 0)] True 1
            """ + "\n")
    }

    @Test("json objects read into presized tables and written from a snapshot: circular references, default, hooks, dict displays")
    func jsonObjects() {
        let source = """
            import json
            a = []
            a.append(a)
            for v in [a, {'x': {'y': None}}]:
                try:
                    print(json.dumps(v))
                except ValueError as e:
                    print(e)
            d = {}
            d['self'] = [d]
            try:
                json.dumps(d)
            except ValueError as e:
                print(e)
            class C:
                pass
            def default(o):
                d['late'] = 1
                return 'C'
            print(json.dumps({'b': C(), 'a': [C(), (1, 2)]}, default=default), json.dumps({'b': 1, 'a': {'d': 2, 'c': 3}}, sort_keys=True, indent=1))
            print(json.loads('{"a": 1, "b": {"c": [1, {"d": 2, "a": 3}], "e": {}}, "a": 4, "f": {"g": 5, "h": 6, "i": 7, "j": 8, "k": 9, "l": 10, "m": 11}}'))
            print(json.loads('[{"a": 1}, {"a": 2, "b": 3}]', object_hook=lambda o: sorted(o.items())))
            print(json.loads('{"a": {"b": 2}}', object_pairs_hook=lambda p: p))
            try:
                json.loads('{"a": 1, "b" 2}')
            except ValueError as e:
                print(e)
            x = {'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4, 'k5': 5, 'k6': 6, 'k7': 7, **{'k1': 0, 'z': 9}, 'k2': 22}
            print(x, len(x), {**{}}, {1: 1, 1.0: 2, True: 3})
            s = json.dumps([[[1]], {'x': [{}]}])
            print(s, json.loads(s) == [[[1]], {'x': [{}]}])
            """
        #expect(evaluate(source) == """
            Circular reference detected
            {"x": {"y": null}}
            Circular reference detected
            {"b": "C", "a": ["C", [1, 2]]} {
             "a": {
              "c": 3,
              "d": 2
             },
             "b": 1
            }
            {'a': 4, 'b': {'c': [1, {'d': 2, 'a': 3}], 'e': {}}, 'f': {'g': 5, 'h': 6, 'i': 7, 'j': 8, 'k': 9, 'l': 10, 'm': 11}}
            [[('a', 1)], [('a', 2), ('b', 3)]]
            [('a', [('b', 2)])]
            Expecting ':' delimiter: line 1 column 14 (char 13)
            {'k1': 0, 'k2': 22, 'k3': 3, 'k4': 4, 'k5': 5, 'k6': 6, 'k7': 7, 'z': 9} 8 {} {1: 3}
            [[[1]], {"x": [{}]}] True
            """ + "\n")
    }
}
