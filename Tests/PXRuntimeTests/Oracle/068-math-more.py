import math
print(math.factorial(0), math.factorial(1), math.factorial(10), math.factorial(20))
print(math.gcd(12, 18), math.gcd(17, 5), math.gcd(0, 9), math.gcd(-12, 18), math.gcd(0, 0))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1))
print(math.fsum([0.1] * 10), sum([0.5] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.fsum([]), math.fsum(range(5)), math.fsum([0.1, 0.2, 0.3]))
print(math.sqrt(2) ** 2, math.isclose(math.sqrt(2) ** 2, 2))
print(math.pi * 180 / math.pi, math.pi / 2)
print(round(math.sin(math.pi / 6), 10), round(math.cos(math.pi / 3), 10))
print(math.exp(math.log(5)), math.log(math.exp(2)))
print(math.log(1024, 2), math.log(1000, 10), math.log10(0.001))
print(math.floor(-0.0), math.ceil(0.2), math.trunc(-0.0))
print([math.sqrt(x) for x in range(5)])
print("%.6f %.6f" % (math.pi, math.e))
print(f"{math.pi:.10f} {2 * math.pi:.4f}")
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
    except TypeError as e:
        print("TypeError", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.floor(math.inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.floor(math.nan)
except ValueError as e:
    print("ValueError", e)
