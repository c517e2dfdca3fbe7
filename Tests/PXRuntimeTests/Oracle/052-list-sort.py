a = [5, 2, 9, 1, 5, 6]
a.sort(); print(a)
a.sort(reverse=True); print(a)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
words.sort(key=lambda w: (len(w), w))
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, -1, 2, 0.0, -2.5]))
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
print(sorted([[2, 1], [1, 2], [1]]))
print(sorted([], reverse=True))
b = [3, 1, 2]
print(b.sort(), b)
print(sorted(range(10), key=lambda n: n % 3))
print(sorted([True, False, 0, 1]))
c = ["x10", "x9", "x100"]
print(sorted(c), sorted(c, key=lambda s: int(s[1:])))
d = {"a": 3, "b": 1, "c": 2}
print(sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
e = [1, 2, 3]
e.reverse()
print(e, list(reversed(e)))
