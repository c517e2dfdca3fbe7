def numbers():
    n = 0
    while True:
        yield n
        n += 1


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def only_primes(it):
    for x in it:
        if x > 1 and all(x % d for d in range(2, int(x ** 0.5) + 1)):
            yield x


def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


print(list(take(10, only_primes(numbers()))))
print(list(take(4, windows(only_primes(numbers()), 3))))
gaps = (b - a for a, b in windows(only_primes(numbers()), 2))
print(list(take(15, gaps)))
print(sum(take(1000, (x * x for x in numbers()))))
