def g():
    x = yield 1
    print("x =", x)
    y = yield x, 2
    print("y =", y)
    z = (yield) or "default"
    print("z =", z)
    yield "last"


it = g()
print(next(it))
print(it.send("first"))
print(it.send("second"))
print(it.send(None))


def accumulate():
    total = 0
    while True:
        total += yield total


acc = accumulate()
next(acc)
print([acc.send(v) for v in [1, 2, 3, 4]])
gen_lambda = lambda: (yield 5)
print(list(gen_lambda()))
