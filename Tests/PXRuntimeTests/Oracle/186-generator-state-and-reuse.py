def gen():
    yield 1
    yield 2


g = gen()
print(list(g), list(g))
print(sum(gen()) + sum(gen()))
g = gen()
print(1 in g, list(g))
g = gen()
print(2 in g, list(g))
h = (x for x in [1, 2, 3])
print(iter(h) is h, next(h), list(h))


def running():
    yield next(self_ref)


self_ref = running()
try:
    next(self_ref)
except ValueError as e:
    print("ValueError:", e)
squares = [x * x for x in range(4)]
print(squares, squares)
