# Built-ins over range(10**12) and endless generators read only what they need.


def naturals():
    n = 0
    while True:
        yield n
        n += 1


huge = range(10**12)
print(next(x for x in huge if x > 3))
print(next(filter(lambda v: v % 7 == 6, huge)), next(map(lambda v: v * 2, reversed(huge))))
print(any(x > 10 for x in huge), all(x < 10 for x in naturals()))
print(25 in (x * x for x in naturals()), 10**12 - 1 in huge)
z = zip(huge, naturals(), "abc")
print(list(z))
e = enumerate(naturals(), start=10**11)
print(next(e), next(e))
first, second, *_ = zip("xy", huge)
print(first, second)
for i, v in enumerate(map(str, huge)):
    if i == 2:
        print("stopped at", v)
        break
print(max(zip(range(3), naturals())), min(zip(range(3), naturals())))
print(sum(x for x in range(1000) if x % 3 == 0), dict(zip("abc", naturals())))
it = iter(huge)
print(next(it), next(it), huge[10**12 - 1], len(huge), 10**12 - 1 in huge)
