import math

def show(e):
    print(type(e).__name__, e)
    print(repr(e))

try:
    [].nope
except AttributeError as e:
    show(e)
try:
    "s".append("x")
except AttributeError as e:
    show(e)
try:
    (5).real_part
except AttributeError as e:
    show(e)
try:
    math.nothing
except AttributeError as e:
    show(e)
try:
    None.x
except AttributeError as e:
    show(e)
try:
    int(float("inf"))
except OverflowError as e:
    show(e)
try:
    math.exp(1000)
except OverflowError as e:
    show(e)
try:
    math.pow(10.0, 400)
except OverflowError as e:
    show(e)
try:
    int(float("nan"))
except ValueError as e:
    show(e)
try:
    math.sqrt(-1)
except ValueError as e:
    show(e)
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    show(e)
print("recovered after recursion")
print(forever.__name__, "is defined; recursion limit did not kill the program")
