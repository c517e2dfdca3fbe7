# Calls of global functions with 0-3 positional arguments, and the other ways in.
def zero():
    return "zero"

def one(a):
    return a + 1

def two(a, b):
    return a * 10 + b

def three(a, b, c):
    return (a, b, c)

def four(a, b, c, d):
    return a + b + c + d

def defaults(a, b=2, c=3):
    return [a, b, c]

def star(*args):
    return args

def kw(a, *, key="k"):
    return a + key

print(zero(), one(1), two(3, 4), three(1, "x", None), four(1, 2, 3, 4))
print(defaults(1), defaults(1, 5), defaults(1, 5, 6), defaults(1, c=9))
print(star(), star(1), star(1, 2), star(1, 2, 3), star(1, 2, 3, 4))
print(kw("a"), kw("a", key="b"))
print(len("abc"), abs(-3), max(1, 5), int("7"), str(8), range(3)[2])

n = 5
print(one(n), two(n, n), one(n - 1), one(n * 2), two(n + 1, 2 - n))
print(one(2.5), one(True), two(1.5, 1))

# Wrong argument counts go through the general path and its messages.
for f, args in [(zero, (1,)), (one, ()), (one, (1, 2)), (two, (1,)), (three, (1, 2)), (defaults, ())]:
    try:
        f(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    one()
except TypeError as e:
    print("TypeError:", e)
try:
    two(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

# The callee is evaluated before the arguments.
try:
    not_defined(1 // 0)
except NameError as e:
    print("NameError:", e)
try:
    one(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# Calling things that are not functions.
try:
    n(1)
except TypeError as e:
    print("TypeError:", e)
print(list((1, 2)), dict(a=1), tuple("ab"))

# Rebinding the callee while its arguments are evaluated: the old function is called.
def target(x):
    return ("old", x)

def rebind():
    global target
    target = lambda x: ("new", x)
    return 1

print(target(rebind()))
print(target(2))

# A function that unbinds itself while it runs keeps running.
def selfish(n):
    global selfish
    selfish = None
    total = 0
    for i in range(1000):
        total += i
    return total + n

print(selfish(1), selfish)

def replace_me(n):
    global replace_me
    def replace_me(n):
        return -n
    return n * 2

print(replace_me(3), replace_me(3))

# Redefining a function many times at module level and inside calls.
results = []
for i in range(200):
    def churn(x, i=i):
        return x + i
    results.append(churn(1))
print(sum(results), len(results))

def redefine_inside(k):
    global churn
    for j in range(k):
        def churn(x, j=j):
            return x * j
        churn(2)
    return churn(3)

print(redefine_inside(50), churn(1))

# Recursion through the direct path.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

print(fib(15), fact(20), ack(2, 3))

# Mutual recursion and calls in conditions.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

print(is_even(10), is_odd(7), is_even(7))
