big = 2 ** 64
print(big + 0.5, big * 1.5, big / 3, float(big), float(10 ** 30), 10 ** 30 * 1.0)
print(big == 2.0 ** 64, big + 1 == 2.0 ** 64, big < 2.0 ** 64 + 1e5, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(int(1e20), int(1.5e30), int(-2.5e25), round(1e25), int(2.0 ** 100) == 2 ** 100)
print(10 ** 400 > float("inf"), 10 ** 400 < float("inf"), 10 ** 400 == float("inf"))
print(float(2 ** 1023), float(2 ** 1023 * 1.5), 2 ** 1023 * 1.5)
for bad in [lambda: float(2 ** 1024), lambda: 2 ** 1024 * 1.0, lambda: 10 ** 400 / 1.0, lambda: 10 ** 400 + 0.5]:
    try:
        bad()
    except OverflowError as e:
        print("OverflowError:", e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 398, (10 ** 400) / (10 ** 399), 2 ** 2000 / 2 ** 1999)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
import math
print(math.sqrt(2 ** 100), math.log(2 ** 1000), math.log2(2 ** 5000), math.log10(10 ** 500), math.floor(2 ** 80 + 0.0))
print(math.isqrt(10 ** 50), math.isqrt(2 ** 200 - 1), math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 64, 3 ** 40))
