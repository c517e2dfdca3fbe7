def show(e):
    print(type(e).__name__, e)
    print(repr(e))

for f in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0,
          lambda: 5.0 % 0, lambda: divmod(1, 0), lambda: 0 ** -1, lambda: 0.0 ** -1]:
    try:
        f()
    except ZeroDivisionError as e:
        show(e)
try:
    [1, 2, 3][3]
except IndexError as e:
    show(e)
try:
    [].pop()
except IndexError as e:
    show(e)
try:
    (1,)[5]
except IndexError as e:
    show(e)
try:
    "abc"[-4]
except IndexError as e:
    show(e)
try:
    range(3)[3]
except IndexError as e:
    show(e)
try:
    {"a": 1}["b"]
except KeyError as e:
    show(e)
try:
    {}[0]
except KeyError as e:
    show(e)
try:
    {}[(1, "x")]
except KeyError as e:
    show(e)
try:
    {}.pop("gone")
except KeyError as e:
    show(e)
try:
    set().remove(3)
except KeyError as e:
    show(e)
try:
    raise KeyError("it's")
except KeyError as e:
    show(e)
