data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in data), max(x for x in data if x < 5), min(-x for x in data))
print(sorted(x % 3 for x in data), "".join(str(x) for x in data), tuple(x for x in "ab"))
print(list(x for x in data if x > 3), set(x % 2 for x in data) == {0, 1}, dict((x, x * x) for x in range(3)))
print(any(x > 8 for x in data), all(x > 0 for x in data), max((x for x in []), default="empty"))
print(sum((x for x in range(5)), 100), " ".join(w.upper() for w in "a b".split()))
nested = sum(sum(row) for row in [[1, 2], [3, 4]])
print(nested, [list(y for y in range(x)) for x in range(3)])
