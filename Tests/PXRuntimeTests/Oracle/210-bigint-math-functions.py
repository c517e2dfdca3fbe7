import math
print(math.gcd(2 ** 120, 3 ** 50 * 2 ** 10), math.gcd(10 ** 40, 10 ** 38 + 10), math.gcd(), math.gcd(0, -(2 ** 70)))
print(math.lcm(2 ** 40, 3 ** 30, 5 ** 20), math.isqrt(10 ** 100) == 10 ** 50, math.isqrt(2 ** 127))
print(math.comb(1000, 500) % 10 ** 12, math.comb(10 ** 6, 3), math.perm(100, 30) % 1000003)
print(math.factorial(70) // math.factorial(68), math.floor(10 ** 30), math.ceil(-(10 ** 30)), math.trunc(2 ** 80))
print(abs(-(2 ** 100)), math.copysign(1, -(2 ** 100)), math.fabs(-(2 ** 80)), math.ldexp(1, 100) == 2 ** 100)
print(round(2 ** 100 / 7), divmod(10 ** 30, 7), sum(range(10 ** 6, 10 ** 6 + 10 ** 4)), math.prod([10 ** 10] * 5))
try:
    math.isqrt(-(2 ** 70))
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-5)
except ValueError as e:
    print("ValueError:", e)
