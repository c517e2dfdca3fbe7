def hypotenuse(a, b):
    import math
    return math.sqrt(a * a + b * b)

print(hypotenuse(3, 4))

def host_info():
    import os, socket
    return type(os.getpid()).__name__, type(socket.gethostname()).__name__

print(host_info())

def aliased():
    import math as m
    from functools import reduce
    from operator import add as plus, mul
    return m.floor(2.7), reduce(plus, [1, 2, 3]), reduce(mul, [1, 2, 3, 4])

print(aliased())

def local_scope_only():
    import math
    return math.pi > 3

print(local_scope_only())
try:
    print(math.pi)
except NameError as e:
    print("NameError", e)

def nested_import():
    def inner():
        import math
        return math.factorial(5)
    return inner()

print(nested_import())

def timed(n):
    import time
    t0 = time.perf_counter()
    s = sum(range(n))
    dt = time.perf_counter() - t0
    return s, dt >= 0

print(timed(1000))
def import_each_call(x):
    import math
    return math.gcd(x, 12)
print([import_each_call(v) for v in (8, 9, 10)])
