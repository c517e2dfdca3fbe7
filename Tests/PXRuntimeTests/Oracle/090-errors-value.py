def show(e):
    print(type(e).__name__, e)
    print(repr(e))

try:
    -"s"
except TypeError as e:
    show(e)
try:
    int("3.5")
except ValueError as e:
    show(e)
try:
    float("abc")
except ValueError as e:
    show(e)
try:
    [1, 2].index(5)
except ValueError as e:
    show(e)
try:
    [1].remove(9)
except ValueError as e:
    show(e)
try:
    raise ValueError("x")
except ValueError as e:
    show(e)
try:
    raise TypeError("custom %d" % 7)
except TypeError as e:
    show(e)
