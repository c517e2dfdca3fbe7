import itertools
print(list(itertools.islice(itertools.count(), 5)), list(itertools.islice(itertools.count(10, 5), 3)))
print(list(itertools.islice(itertools.count(1.5, 0.5), 3)), list(itertools.islice(itertools.count(10**20), 2)))
print(list(itertools.islice(itertools.cycle("abc"), 7)), list(itertools.repeat("x", 3)), list(itertools.repeat(0, 0)))
print(list(zip(itertools.count(1), "xyz")), list(map(pow, range(5), itertools.repeat(2))))
c = itertools.count(3)
print(next(c), next(c), next(c))
