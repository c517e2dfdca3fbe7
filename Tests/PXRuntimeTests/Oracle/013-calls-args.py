def f(a, b, c=3, *args, **kwargs):
    return (a, b, c, args, kwargs)

print(f(1, 2))
print(f(1, 2, 4))
print(f(1, 2, 4, 5, 6))
print(f(1, b=9))
print(f(b=1, a=2))
print(f(1, 2, 3, 4, x=5, y=6))
args = (10, 20, 30, 40)
print(f(*args))
print(f(0, *[7, 8]))
kw = {"b": 2, "c": 3, "z": 26}
print(f(1, **kw))
print(f(*[1], **{"b": 5}))
print(f(1, *(2, 3), *[4, 5], k=1, **{"m": 2}))
print(max(*[3, 9, 2]))
print("-".join(["a", "b"]), "{}+{}".format(*[1, 2]), "{x}".format(**{"x": 7}))

def g(*, key):
    return key

print(g(key="kw-only"))
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, a=3)
except TypeError as e:
    print(e)
try:
    g("x")
except TypeError as e:
    print(e)
try:
    g()
except TypeError as e:
    print(e)
def h(a):
    return a
try:
    h(1, 2)
except TypeError as e:
    print(e)
try:
    h(b=1)
except TypeError as e:
    print(e)
print(print("inner"))
