def show(e):
    print(type(e).__name__, e)
    print(repr(e))

try:
    print(undefined_variable)
except NameError as e:
    show(e)
try:
    len(5)
except TypeError as e:
    show(e)
try:
    "a" + 1
except TypeError as e:
    show(e)
try:
    1 + "a"
except TypeError as e:
    show(e)
try:
    [1] * "x"
except TypeError as e:
    show(e)
try:
    nothing = None
    nothing()
except TypeError as e:
    show(e)
try:
    five = 5
    five[0]
except TypeError as e:
    show(e)
try:
    {[1]: 2}
except TypeError as e:
    show(e)
