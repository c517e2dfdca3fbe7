import math
print(math.factorial(20), math.factorial(21), math.factorial(25))
print(math.factorial(100))
f = 1
for i in range(1, 51):
    f *= i
print(f == math.factorial(50), f)
print(len(str(math.factorial(1000))), str(math.factorial(1000))[:30], sum(map(int, str(math.factorial(500)))))
print(math.factorial(1000) // math.factorial(998), math.comb(100, 50), math.comb(200, 3), math.perm(40, 20))
print(math.prod(range(1, 30)), math.prod([2 ** 40] * 3))
