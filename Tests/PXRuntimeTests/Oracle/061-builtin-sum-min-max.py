print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(5), start=100))
print(sum([0.5] * 10), sum([1, 2.5]), sum([[1], [2, 3]], []), sum((True, True)))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min("hello"))
print(max([1, 5, 3], key=lambda v: -v), min(["bb", "a", "ccc"], key=len))
print(max(["bb", "a", "ccc"], key=len), max(["aa", "bb"], key=len), min(["aa", "bb"], key=len))
print(max([], default="empty"), min([], default=None), max([2], default=0))
print(max(1, 2.5), min(-1, -1.0), max(-0.0, 0.0), max([(1, "b"), (1, "c")]))
d = {"x": 3, "y": 7, "z": 5}
print(max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
print(max(3, 9, key=lambda v: v % 5), min(range(10), key=lambda v: abs(v - 4.4)))
print(sum(x * x for x in range(4)), max(len(s) for s in ["a", "abcd"]))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    min()
except TypeError as e:
    print("TypeError", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError", e)
