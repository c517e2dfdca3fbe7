def source(n):
    for i in range(n):
        print("produce", i)
        yield i


g = (print("map", x) or x * 10 for x in source(3))
print("created")
print(next(g))
print("between")
print(list(g))


def bad():
    raise ValueError("outermost iterable is evaluated at once")


try:
    (x for x in bad())
except ValueError as e:
    print("ValueError:", e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs), list(pairs))
y = 5
gen = (x + y for x in range(2))
y = 100
print(list(gen))
