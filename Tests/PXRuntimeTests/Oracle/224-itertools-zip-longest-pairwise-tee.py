import itertools
print(list(itertools.zip_longest("abc", [1])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.pairwise([1, 2, 4, 7, 11])), list(itertools.pairwise("a")))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
x, y, z = itertools.tee(range(3), 3)
print(next(x), list(y), list(x), list(z))
batches = [list(itertools.islice(it, 3)) for it in [iter(range(8))] * 3]
print(batches)
