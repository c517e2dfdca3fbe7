n = -(2 ** 100) - 12345
print(n, -n, abs(n), n // 10, n % 10, n // -10, n % -10, -n // 10)
print(str(n), repr(n), hex(n), bin(n)[:12], int(str(n)) == n)
print(n < -(2 ** 100), n * n > 0, n * -1 > 0, (-n) ** 3 == -(n ** 3), n ** 2 == (-n) ** 2)
print(n >> 50, n << 3, ~n, n & 0xFF, n | 0xF, n ^ -1)
print(sorted([n, -n, 0, n + 1]), max(n, n - 1), round(n, -3), int(n / 1), float(n))
