x = 5
print("big" if x > 3 else "small")
print("big" if x > 10 else "medium" if x > 3 else "small")
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
sign = lambda v: -1 if v < 0 else (1 if v > 0 else 0)
print(sign(-3), sign(0), sign(9))
sq = lambda v: v * v
print(sq(7), sq(1.5))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=3, a=4))
print((lambda: 42)())
print((lambda *a: len(a))(1, 2, 3))
print((lambda **kw: sorted(kw))(z=1, a=2))
fs = [lambda v, n=n: v + n for n in range(3)]
print([f(10) for f in fs])
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda v: v * 2, [1, 2, 3])))
compose = lambda f, g: lambda v: f(g(v))
inc_then_sq = compose(sq, lambda v: v + 1)
print(inc_then_sq(2))
print(type(sq).__name__)
y = 0 if None else 1
print(y, 1 if [] else 2, "a" if "b" else "c")
