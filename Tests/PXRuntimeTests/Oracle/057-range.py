print(range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(0))
print(repr(range(1, 5)), str(range(3)))
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)))
print(list(range(10, 0, -2)), list(range(0, -5, -1)), list(range(5, 5)), list(range(5, 0)))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 0)))
r = range(0, 20, 5)
print(r[0], r[1], r[-1], r[-2])
print(r[1:3], r[::-1], r[::2], list(r[1:]))
print(5 in r, 6 in r, 20 in r, -5 in r, 15 in range(20, 0, -5))
print(r.index(10), r.count(5), r.count(6))
print(range(3) == range(0, 3), range(0) == range(5, 5), range(3) == [0, 1, 2])
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(reversed(range(4))), sorted(range(3), reverse=True))
print(range(-3, 3), list(range(-3, 3)), range(-1, -10, -4)[1])
big = range(0, 9000000000000000000, 1000000000000000000)
print(len(big), big[-1], 8000000000000000000 in big)
print(type(range(1)).__name__, bool(range(0)), bool(range(1)))
print(list(range(3))[::-1], tuple(range(2)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(3)[10]
except IndexError as e:
    print("IndexError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
