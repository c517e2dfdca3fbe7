p = 2 ** 127 - 1
print(pow(3, p - 1, p), pow(2, 10 ** 20, 10 ** 9 + 7), pow(12345678901234567890, 98765, 10 ** 20))
print(pow(-5, 3, 2 ** 70), pow(5, 3, -(2 ** 70)), pow(2 ** 100, 2 ** 100, 97))
print(pow(3, -1, 2 ** 61 - 1), (3 * pow(3, -1, 2 ** 61 - 1)) % (2 ** 61 - 1))
print(pow(10 ** 30 + 3, -3, 10 ** 18 + 9))
def is_probable_prime(n):
    if n < 2:
        return False
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if a % n == 0:
            continue
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in [2 ** 61 - 1, 2 ** 67 - 1, 2 ** 89 - 1, 2 ** 127 - 1, 10 ** 30 + 57] if is_probable_prime(n)])
