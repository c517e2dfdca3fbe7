import itertools


def naturals():
    n = 1
    while True:
        yield n
        n += 1


print(list(itertools.islice(naturals(), 5)))
print(list(itertools.islice(naturals(), 10, 15)))
print(list(itertools.islice(naturals(), 0, 20, 6)))
evens = (n for n in naturals() if n % 2 == 0)
print(list(itertools.islice(evens, 3)), list(itertools.islice(evens, 3)))
collatz = lambda n: (n // 2 if n % 2 == 0 else 3 * n + 1)


def orbit(n):
    while n != 1:
        yield n
        n = collatz(n)
    yield 1


print(list(orbit(27))[:10], len(list(orbit(27))), max(orbit(27)))
print(next(n for n in naturals() if n * n > 2000))
