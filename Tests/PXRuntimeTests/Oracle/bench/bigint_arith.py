# Big-integer arithmetic: factorials, Fibonacci numbers, powers and their digits.


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def pi_digits(n):
    """The first n digits of pi by Machin's formula, in scaled integers."""
    scale = 10 ** (n + 10)

    def arctan_inverse(x):
        total = term = scale // x
        x2 = x * x
        k = 1
        while term:
            term //= x2
            k += 2
            total += -(term // k) if k % 4 == 3 else term // k
        return total

    return (16 * arctan_inverse(5) - 4 * arctan_inverse(239)) // 10 ** 10


for n in (1000, 2000, 3000, 4000):
    digits = str(pi_digits(n))
    print(n, digits[:12], digits[-12:], sum(map(int, digits)))
f = factorial(1500)
print(len(str(f)), sum(int(d) for d in str(f)), f % (10 ** 9 + 7))
fib = fibonacci(20000)
print(fib.bit_length(), fib % (10 ** 12), str(fib)[:20])
p = 1
for k in range(1, 4000):
    p = p * (2 ** 61 - 1) + k
print(p % 1000000007, p.bit_length())
acc = 0
for n in range(1, 1600):
    acc += factorial(n) // (n * n)
print(acc % (10 ** 15), acc.bit_length())
big = factorial(6000)
print(big.bit_length(), big % (2 ** 127 - 1), fibonacci(60000) % (10 ** 18 + 9))
print(pow(3, 10 ** 6, 10 ** 20), (7 ** 2000) % (2 ** 89 - 1))
