# Big integers changed in place (`x *= k`, `x += y`, `x -= y` on a local) and big integers with a machine-integer
# operand: every sign, carries across limbs, results that shrink back to machine integers, and names that share
# the number before it changes.


def in_place():
    x = 2 ** 64 - 1
    shared = x
    x *= 3
    print(x, shared)
    x += 1
    print(x, shared)
    x -= 2 ** 65
    print(x, type(x).__name__)
    big = 10 ** 40
    alias = big
    big *= -7
    print(big, alias)
    big *= 0
    print(big, alias)
    n = -(2 ** 130)
    n += 2 ** 130 - 5
    print(n)
    n = -(2 ** 130)
    n -= -(2 ** 131)
    print(n)
    n = 2 ** 128
    n += -(2 ** 129)
    print(n)
    n = 2 ** 128
    n -= 2 ** 128
    print(n, type(n).__name__)
    a = 3 ** 90
    a += a
    print(a)
    a -= a
    print(a)
    f = 1
    for i in range(2, 40):
        f *= i
    print(f)
    f *= -(2 ** 63)
    print(f)
    f *= -1
    print(f)
    s = 2 ** 200
    for k in range(50):
        s += 2 ** 63 - 1
        s -= k
    print(s)
    t = 2 ** 64
    t += True
    print(t)
    t *= 2.5
    print(t)
    u = 2 ** 70
    u *= 2 ** 70
    print(u)
    u += 0.5
    print(u)
    c = 18446744073709551615
    c += 18446744073709551615
    print(c, c.bit_length())


def word_operands():
    x = 7 ** 60
    for y in (1, -1, 7, -7, 2 ** 62, -(2 ** 63), 2 ** 63 - 1, 10 ** 18 + 9):
        print(x + y, x - y, x * y, x // y, x % y, y + x, y * x, y - x)
        print((-x) // y, (-x) % y, divmod(x, y), divmod(-x, y))
    try:
        x // 0
    except ZeroDivisionError as e:
        print("x // 0 ->", e)
    try:
        -x % 0
    except ZeroDivisionError as e:
        print("-x % 0 ->", e)
    z = 0
    try:
        x %= z
    except ZeroDivisionError as e:
        print("x %= 0 ->", e)


in_place()
word_operands()
