def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib(90), fib(93), fib(94), fib(100))
print(fib(1000) % 10 ** 20, len(str(fib(5000))))


def fib_fast(n):
    if n == 0:
        return (0, 1)
    a, b = fib_fast(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)


print(fib_fast(1000)[0] == fib(1000), fib_fast(10000)[0] % 1000000007, str(fib_fast(3000)[0])[:25])
print([fib(n) % 10 for n in range(20)], sum(fib(n) for n in range(200)) == fib(201) - 1)
