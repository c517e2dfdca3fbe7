# Generator expressions (also inside sum), set and dict comprehensions.
def total(xs):
    return sum(1 / x for x in xs)


def keys(xs):
    return {x: 1 / x for x in xs}


def lazy(xs):
    return (1 / x for x in xs)


print(total([1, 2]), keys([1]), list(lazy([4])))
try:
    {1 / x for x in [0]}
except ZeroDivisionError as e:
    print("caught", e)
print(total([1, 0]))
