it = iter(range(10))
print(list(zip(it, it, it)))
print(list(it))
words = iter("one two three four five".split())
first = next(words)
print(first, [w for w in words if len(w) > 3])
m = map(str.upper, ["a", "b", "c"])
print("a".upper() in m, list(m))
nums = iter([1, 2, 3, 4, 5, 6])
for n in nums:
    if n == 2:
        skipped = next(nums)
        print("skipped", skipped)
    print(n)
d = {"a": 1}
keys = iter(d)
d["b"] = 2
try:
    next(keys)
except RuntimeError as e:
    print("RuntimeError:", e)
