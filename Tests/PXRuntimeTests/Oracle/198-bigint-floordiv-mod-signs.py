big = 10 ** 25 + 7
for a in [big, -big]:
    for b in [3, -3, 10 ** 12 + 39, -(10 ** 12 + 39), 2 ** 70, -(2 ** 70)]:
        q, r = a // b, a % b
        print(a, b, q, r, q * b + r == a)
print(divmod(2 ** 100, 7), divmod(-(2 ** 100), 7), divmod(2 ** 100, -7), divmod(-(2 ** 100), -(2 ** 99)))
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -(2 ** 64) // 3, -(2 ** 64) % 3)
try:
    2 ** 80 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2 ** 80 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(2 ** 100 / 2 ** 98, (2 ** 100 + 1) / 2, 10 ** 30 / 10 ** 10, 1 / 2 ** 64)
