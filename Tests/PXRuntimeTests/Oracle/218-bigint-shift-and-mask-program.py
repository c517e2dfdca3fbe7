def to_limbs(n, bits=32):
    mask = (1 << bits) - 1
    limbs = []
    while n:
        limbs.append(n & mask)
        n >>= bits
    return limbs


def from_limbs(limbs, bits=32):
    n = 0
    for limb in reversed(limbs):
        n = (n << bits) | limb
    return n


x = 3 ** 150
limbs = to_limbs(x)
print(len(limbs), limbs[:3], limbs[-1], from_limbs(limbs) == x)
print(to_limbs(2 ** 64 - 1, 16), from_limbs([1, 2, 3], 64))


def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


print(popcount(2 ** 200 - 1), popcount(3 ** 100), (3 ** 100).bit_count())
print(int("".join(reversed(bin(12345678901234567890)[2:])), 2))
