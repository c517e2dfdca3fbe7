# Generators and iterators unpacked into targets, calls, displays and the built-ins that consume them;
# an iterator is used up once.


def gen(n):
    for i in range(n):
        yield i


print([*gen(3)], (*gen(2),), sorted({*gen(2)}), {**dict(zip("ab", gen(2)))})
a, b, *rest = gen(5)
print(a, b, rest)
*init, last = gen(4)
print(init, last)
x, y = gen(2)
print(x, y)
try:
    p, q = gen(3)
except ValueError as e:
    print("ValueError", e)
try:
    p, q, r = gen(2)
except ValueError as e:
    print("ValueError", e)


def f(*args, **kwargs):
    return args, kwargs


print(f(*gen(3), *"ab"))
it = iter([3, 1, 2])
print(sorted(it), list(it))
g = gen(3)
print(list(g), list(g), next(g, "empty"))
print(tuple(gen(3)), set(gen(3)) == {0, 1, 2}, "-".join(str(v) for v in gen(4)))
print(list(map(lambda p: p[0] + p[1], zip(gen(3), gen(3)))))
print(dict(enumerate(gen(3), 1)), list(reversed(list(gen(3)))))
