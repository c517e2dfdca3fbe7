MAX = 2 ** 63 - 1
MIN = -(2 ** 63)
print(MAX + 1, MIN - 1, -MIN, abs(MIN), MIN * -1, MIN // -1, MAX * 2, MIN * 2)
print(MAX * MAX, MIN * MIN, MAX ** 2 == MAX * MAX, MIN + MIN, MAX - MIN, MIN - MAX)
print(divmod(MIN, -1), MIN % -1, (MAX + 1) // 2 == 2 ** 62, (MIN - 1) // 2, -(MIN - 1))
x = MAX
x += 1
print(x, type(x).__name__, x - 1 == MAX)
y = MIN
y -= 1
y *= -1
print(y)
print(sum([MAX, MAX, MAX]), sum([MIN, -1]), max(MAX + 1, MAX), [MAX + i for i in range(3)])
print(3037000500 * 3037000500, 4294967296 ** 2, (2 ** 32 + 1) * (2 ** 32 - 1))
print(MIN // 1, MIN >> 63, MIN << 1, MAX << 1, 1 << 63, 1 << 64, -1 << 63)
