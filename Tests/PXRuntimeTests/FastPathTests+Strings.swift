import Testing
@testable import PXRuntime

/// The fast paths for small strings (split words made from their bytes, `str + str`, hashes and equality read
/// from the string's words), tuple targets of other than locals, and `tuple(list)` copying a short list
/// give exactly what the general paths give (expected outputs: python3 3.11.7).
extension FastPathTests {
    @Test("split, concatenation, hashing and dict keys of short, long and non-ASCII strings; str subclasses")
    func smallStrings() {
        let source = #"""
            words = 'ka lo\tmi  ne\nru so ta vi zu\x1c\x1dpe do fa abcdefghijklmno abcdefghijklmnop'.split()
            print(words, [len(w) for w in words])
            print('a,,b,abcdefghijklmnopq,é,xé,'.split(','), 'ü ka  lo'.split(), 'héllo wörld'.split('o'))
            print(''.split(), ' '.split(' '), 'x'.split(','), ','.split(','))
            counts = {}
            for w in ('ka lo ka mi ka lo ' * 3).split():
                counts[w] = counts.get(w, 0) + 1
            print(counts, counts['ka'], 'ka' in counts, 'k' + 'a' in counts, ''.join(['k', 'a']) in counts)
            a, b = 'abcdefgh', 'ijklmno'
            print(a + b, len(a + b), a + b + 'p', len(a + b + 'p'), '' + '', 'x' + '', '' + 'y', 'é' + 'a', 'a' + 'é', 'ab' + 'c' == 'abc')
            s = ''
            for i in range(20):
                s += chr(97 + i)
                if i in (0, 6, 7, 8, 14, 15, 19):
                    print(len(s), s, hash(s) == hash(''.join(list(s))), {s: 1}.get(''.join(list(s))))
            class K(str):
                def __hash__(self):
                    return hash(str(self))
                def __eq__(self, other):
                    print('eq', str(self), other)
                    return str(self) == str(other)
            d = {'ka': 1}
            print(d.get(K('ka')), d.get(K('lo')), K('ka') + 'lo', type(K('ka') + 'lo').__name__)
            class A(str):
                def __add__(self, other):
                    return 'A+' + str(other)
                def __radd__(self, other):
                    return 'radd:' + str(other)
            print(A('x') + 'y', 'y' + A('x'), 'ab' + 'cd')
            t = 'ka'
            t += 'lo'
            t += A('z')
            print(t)
            pairs = {}
            tokens = 'ka lo ka lo mi'.split()
            for a, b in zip(tokens, tokens[1:]):
                key = a + ' ' + b
                pairs[key] = pairs.get(key, 0) + 1
            print(pairs)
            x, y = 1, 2
            print(x, y)
            try:
                x, y = (1, 2, 3)
            except ValueError as e:
                print(e)
            try:
                x, y = (1,)
            except ValueError as e:
                print(e)
            lst = [0]
            lst[0], x = 'p', 'q'
            print(lst, x)
            print({'é': 1}.get('é'), {'abcdefghijklmnop': 2}.get('abcdefghijklmno' + 'p'))
            """#
        #expect(evaluate(source) == """
            ['ka', 'lo', 'mi', 'ne', 'ru', 'so', 'ta', 'vi', 'zu', 'pe', 'do', 'fa', 'abcdefghijklmno', 'abcdefghijklmnop'] [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 15, 16]
            ['a', '', 'b', 'abcdefghijklmnopq', 'é', 'xé', ''] ['ü', 'ka', 'lo'] ['héll', ' wörld']
            [] ['', ''] ['x'] ['', '']
            {'ka': 9, 'lo': 6, 'mi': 3} 9 True True True
            abcdefghijklmno 15 abcdefghijklmnop 16  x y éa aé True
            1 a True 1
            7 abcdefg True 1
            8 abcdefgh True 1
            9 abcdefghi True 1
            15 abcdefghijklmno True 1
            16 abcdefghijklmnop True 1
            20 abcdefghijklmnopqrst True 1
            eq ka ka
            1 None kalo str
            A+y radd:y abcd
            radd:kalo
            {'ka lo': 2, 'lo ka': 1, 'lo mi': 1}
            1 2
            too many values to unpack (expected 2)
            not enough values to unpack (expected 2, got 1)
            ['p'] q
            1 2
            """ + "\n")
    }

    @Test("tuple(list) of a list changed afterwards: del, append, pop, insert, slices, generators closed and thrown into")
    func tupleOfList() {
        let source = #"""
            def windows(source, size):
                window = []
                for x in source:
                    window.append(x)
                    if len(window) == size:
                        yield tuple(window)
                        del window[0]
            print(list(windows(range(7), 3)))
            w = [1, [2], 'three']
            t = tuple(w)
            del w[0]
            w.append(4)
            w[0].append(5)
            print(w, t)
            big = list(range(20))
            tb = tuple(big)
            del big[0]
            big[0] = 'x'
            print(tb[:3], big[:3], len(tb), len(big))
            e = []
            print(tuple(e), tuple([None]), tuple([1]) == (1,))
            s = [1, 2, 3]
            sl = s[1:]
            t2 = tuple(s)
            s.pop(0)
            s.insert(0, 9)
            print(s, sl, t2)
            lst = [3, 1, 2]
            for v in lst:
                if v == 3:
                    del lst[0]
                print(v, tuple(lst))
            def gen():
                window = []
                try:
                    for i in range(10):
                        window.append(i)
                        yield tuple(window)
                        del window[0]
                finally:
                    print('closed', window)
            g = gen()
            print(next(g), next(g))
            g.close()
            g = gen()
            print(next(g))
            try:
                g.throw(KeyError('k'))
            except KeyError as e:
                print('thrown', e)
            print(list(g))
            """#
        #expect(evaluate(source) == """
            [(0, 1, 2), (1, 2, 3), (2, 3, 4), (3, 4, 5), (4, 5, 6)]
            [[2, 5], 'three', 4] (1, [2, 5], 'three')
            (0, 1, 2) ['x', 2, 3] 20 19
            () (None,) True
            [9, 2, 3] [2, 3] (1, 2, 3)
            3 (1, 2)
            2 (1, 2)
            (0,) (1,)
            closed [1]
            (0,)
            closed [0]
            thrown 'k'
            []
            """ + "\n")
    }
}

extension FastPathTests {
    @Test("__hash__ returning an int: the int itself when it fits in 64 bits (-1 becomes -2), else its hash")
    func instanceHashResults() {
        let source = #"""
            class A:
                def __init__(s, h):
                    s.h = h
                def __hash__(s):
                    return s.h
            print(hash(A(2**62)), hash(A(-1)), hash(A(2**61 - 1)), hash(A(2**70)), hash(A(True)), hash(A(-2**63)))
            class K(str):
                def __hash__(self):
                    return hash(str(self))
            words = ['ka', 'lo', 'abcdefghijklmno', 'abcdefghijklmnop', 'é']
            print(all(hash(K(w)) == hash(w) for w in words), {w: 1 for w in words}.get(K('abcdefghijklmno')))
            """#
        #expect(evaluate(source) == """
            4611686018427387904 -2 2305843009213693951 512 1 -9223372036854775808
            True 1
            """ + "\n")
    }
}
