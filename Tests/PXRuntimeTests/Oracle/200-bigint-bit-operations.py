a = 2 ** 100 + 2 ** 50 + 1
b = 2 ** 99 + 2 ** 50 + 3
print(a & b, a | b, a ^ b, ~a, -a & 0xFFFF)
print(1 << 100, (1 << 100) >> 99, a >> 200, -a >> 10, -1 >> 1000, -(2 ** 100) >> 1)
print(-a & b, -a | b, -a ^ -b, ~-a, ~0, ~(2 ** 64))
print(hex(a & ((1 << 64) - 1)), (2 ** 64 - 1) & -(2 ** 32), 12345678901234567890 ^ (2 ** 64 - 1))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    2 ** 100 >> -5
except ValueError as e:
    print("ValueError:", e)
x = 0
for i in range(0, 200, 7):
    x |= 1 << i
print(x, bin(x).count("1"))
