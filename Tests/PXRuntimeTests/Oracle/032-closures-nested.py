def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late_binding())
def outer():
    msg = "outer-msg"
    def middle():
        def inner():
            return msg + "!"
        return inner()
    return middle()
print(outer())
def counter_snapshot():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    add("a"); add("b")
    return add("c"), items
print(counter_snapshot())
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def sees_later_binding():
    def show():
        return value
    value = "bound after def"
    return show()
print(sees_later_binding())
g = "global"
def reads_global():
    def inner():
        return g
    return inner()
print(reads_global())
def recurse_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recurse_inner(10))
