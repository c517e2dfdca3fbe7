print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1, 0.3))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 2), pow(9, 0.5), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 7), pow(7, 0, 3), pow(-3, 3, 5), pow(10, 18, 1000000007))
print(pow(5, 3) == 5 ** 3, pow(2, 62))
print(2 ** 0.5, 8 ** (1 / 3), 4 ** 0.5, (-2) ** 2, 2 ** -3)
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-9223372036854775807))
print(abs(float("-inf")), abs(-1e-300))
print(round(7 / 2), round(-7 / 2), 7 // 2, -7 // 2)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
q, r = divmod(100, 7)
print(q, r, q * 7 + r)
print(divmod(9223372036854775807, 10))
