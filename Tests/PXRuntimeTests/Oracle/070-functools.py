import functools
from functools import reduce, partial
import operator

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a + b, [1, 2, 3, 4], 100))
print(reduce(operator.mul, range(1, 11)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: a, [7]))
print(reduce(operator.add, [], "init"))
print(functools.reduce(lambda s, c: c + s, "abc", ""))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)

def power(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod

square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square(7, mod=10))
two_to = partial(power, 2)
print(two_to(10), two_to(exp=5))
mod_pow = partial(power, 3, 4, mod=5)
print(mod_pow())
add10 = partial(operator.add, 10)
print(list(map(add10, [1, 2, 3])))
p = partial(print, sep="-", end="!\n")
p("a", "b", "c")
nested = partial(partial(power, 2), 3)
print(nested())
override = partial(power, exp=2)
print(override(3, exp=4))
int_base2 = partial(int, base=2)
print(int_base2("1011"))
words = ["b", "a", "c"]
sorter = partial(sorted, reverse=True)
print(sorter(words))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("x", 1), ("y", 2)], {}))
