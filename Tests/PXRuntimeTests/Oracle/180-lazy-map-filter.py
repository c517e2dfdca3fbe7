def noisy(x):
    print("call", x)
    return x * 2
m = map(noisy, [1, 2, 3])
print(type(m).__name__, "created")
print(next(m))
print(list(m), list(m))
print(next(map(lambda x: x + 1, range(10**12))))
f = filter(lambda x: x % 1000 == 999, range(10**12))
print(next(f), next(f))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(map(pow, [2, 3], [5, 2])), list(map(lambda a, b: a + b, "ab", "xyz")))
ev = filter(lambda x: x % 2 == 0, map(lambda x: x * 3, range(10**12)))
print([next(ev) for _ in range(4)])
