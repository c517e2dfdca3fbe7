import math
print(math.perm(5, 2), math.perm(5), math.perm(10, 0), math.perm(3, 5), math.perm(30, 20))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-2.5,)))
print(math.erf(0), math.erf(1), math.erf(-0.5), math.erfc(1), math.erf(3))
print(math.gamma(5), math.gamma(0.5), math.gamma(1.5), math.gamma(-1.5), math.lgamma(10))
for bad in [lambda: math.gamma(0), lambda: math.gamma(-2), lambda: math.perm(-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError:", e)
