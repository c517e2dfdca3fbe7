def inner(tag):
    yield tag + "1"
    yield tag + "2"
    return tag.upper()


def outer():
    a = yield from inner("a")
    print("inner a returned", a)
    b = yield from inner("b")
    print("inner b returned", b)
    yield from [10, 20]
    yield from range(2)
    yield from "xy"
    return a + b


g = outer()
print(list(g))
g = outer()
for v in g:
    pass
try:
    next(g)
except StopIteration as e:
    print(e.value)


def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


print(list(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]])))


def wrapper():
    result = yield from outer()
    yield "outer returned " + result


print(list(wrapper())[-1])
