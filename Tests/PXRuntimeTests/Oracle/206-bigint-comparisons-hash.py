a, b = 2 ** 100, 2 ** 100 + 1
print(a < b, a == 2 ** 100, a != b, max(a, b, -a), min([b, a, 5]), sorted([b, -a, a, 0, -b]))
print(hash(2 ** 64) == hash(2.0 ** 64), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30))
d = {2 ** 64: "big", 2.0 ** 64: "float"}
print(d, len(d))
s = {2 ** 100, 2 ** 100, 2 ** 100 + 0}
print(len(s), 2 ** 100 in s, (2 ** 100) * 1.0 in s)
print(2 ** 63 in range(2 ** 64), [2 ** 64, 1].index(2 ** 64), (2 ** 64,) == (18446744073709551616,))
print(sorted([2 ** 64 + i for i in range(3)], reverse=True))
