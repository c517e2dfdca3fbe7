it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "sentinel"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
calls = iter([5, 4, 3, 0, 7])
print(list(iter(lambda: next(calls), 0)))
s = iter("hi")
print(iter(s) is s, list(s))
d = {"a": 1, "b": 2}
print(list(iter(d)), next(iter(d.items())), next(iter(d.values())))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
a = iter(range(6))
print(list(zip(a, a)))
