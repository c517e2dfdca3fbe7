# Assignment expressions in comprehensions bind in the enclosing scope (PEP 572): at module level a
# global, in a function a local (a cell when the comprehension runs as a function), `global` honoured.
values = [4, 8, 15, 16, 23, 42]
print([y for x in values if (y := x * 2) > 30], y)
print(any((hit := v) > 20 for v in values), hit)
print(all((last := v) < 10 for v in values), last)
print({k: (sq := k * k) for k in range(4)}, sq)
print({(m := v % 5) for v in values}, m)
print(sum((acc := v) for v in values), acc)
total = 0
print([total := total + v for v in values], total)
print([[(inner := a * b) for a in range(3)] for b in range(2)], inner)
print([(pair := (a, b)) for a in range(2) for b in "xy" if (cond := a + len(b)) > 0], pair, cond)


def in_function(data):
    result = [(last := d) for d in data if d % 2]
    return result, last


print(in_function([1, 2, 3, 4, 5]))


def generator_expression(data):
    g = ((seen := d) for d in data)
    print(next(g), seen)
    print(next(g), seen)
    return seen


print(generator_expression("abc"))


def with_lambda(data):
    funcs = [lambda: (d, found) for d in data if (found := d * 10)]
    return [f() for f in funcs], found


print(with_lambda([1, 2, 3]))


def nested_functions():
    def inner():
        return [(z := n) for n in range(3)], z
    return inner()


print(nested_functions())


def global_target():
    global declared
    [(declared := n) for n in range(5)]
    return "set"


print(global_target(), declared)


def nonlocal_counter():
    count = 0

    def bump(items):
        nonlocal count
        return [(count := count + i) for i in items]
    print(bump([1, 2, 3]), count)
    print(bump([10]), count)


nonlocal_counter()


def nested_genexp(rows):
    return list(sum((cell := c) for c in row) for row in rows), cell


print(nested_genexp([[1, 2], [3, 4, 5]]))


def unbound_when_empty():
    [(never := x) for x in []]
    try:
        return never
    except NameError as e:
        return type(e).__name__ + ": " + str(e)


print(unbound_when_empty())


class Holder:
    attr = (bound := 5)

    def method(self):
        return [(mine := i) for i in range(3)], mine


print(Holder.attr, Holder.bound, Holder().method())

lines = ["a=1", "b", "c=3"]
print([(key, val) for line in lines if (parts := line.split("="))[1:] for key, val in [parts]])
print([y := 5, y ** 2])
print((lambda: (q := 1) + q)(), "lambda binds its own")
f = lambda: [(lq := 2) for _ in range(1)] and lq
print(f())
try:
    lq
except NameError as e:
    print("NameError:", e)
