z = zip(range(10**12), range(10**12, 0, -1))
print(next(z), next(z))
print(type(zip()).__name__, list(zip()), list(zip("ab")))
def noisy(name, n):
    for i in range(n):
        print("next", name, i)
        yield i
print(list(zip(noisy("a", 2), noisy("b", 5))))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
print(list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
