def gen():
    yield 1
    yield 2
    return "finished"


g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)


def no_return():
    yield 1


g = no_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)


def early(n):
    for i in range(n):
        if i == 2:
            return i * 100
        yield i


print(list(early(10)))
g = early(10)
values = []
while True:
    try:
        values.append(next(g))
    except StopIteration as stop:
        print(values, stop.value)
        break
