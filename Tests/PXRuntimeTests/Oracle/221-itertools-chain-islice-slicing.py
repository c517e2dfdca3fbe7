from itertools import chain, islice, compress, starmap, takewhile, dropwhile, filterfalse
print(list(chain([1, 2], "ab", range(2))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)), list(islice("abcdefg", 0, None, 3)))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))))
try:
    islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
