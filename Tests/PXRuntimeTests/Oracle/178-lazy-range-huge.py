r = range(10**18)
print(len(r), r[-1], r[10**17], 10**17 in r, -1 in r)
big = range(-10**20, 10**20, 7)
print(big[3], big.index(-10**20 + 70), big.count(5))
for i in range(10**15, 10**15 + 3):
    print(i)
it = iter(range(10**18))
print(next(it), next(it))
rev = reversed(range(10**18))
print(next(rev), next(rev))
print(range(0, 10**18, 2)[::-1][0], range(10**18)[5:10])
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError:", e)
print(range(2**64)[-1], (2**64 - 1) in range(2**64))
