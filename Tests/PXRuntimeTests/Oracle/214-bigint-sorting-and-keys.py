nums = [3 ** 80, -(2 ** 127), 10 ** 24, 5, -(10 ** 30), 2 ** 64, 0, 2 ** 64 - 1]
print(sorted(nums))
print(sorted(nums, key=abs))
print(sorted(nums, key=lambda n: str(n)))
print(max(nums), min(nums), sorted(nums, key=lambda n: n % 1000))
counts = {}
for n in [2 ** 64, 2 ** 64, 2 ** 65, 2 ** 64]:
    counts[n] = counts.get(n, 0) + 1
print(counts)
print(sorted({2 ** 70: "a", -(2 ** 70): "b", 0: "c"}.items()))
