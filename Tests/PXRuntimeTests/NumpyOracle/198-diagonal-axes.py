# np.diagonal and np.trace over any two axes (the diagonal becomes the last axis), and their errors.
import numpy as np


def case(label, f):
    try:
        result = f()
    except Exception as e:
        print(label + " -> " + type(e).__name__ + ": " + str(e))
        return
    print(label + " -> " + repr(result))


a = np.arange(24).reshape(2, 3, 4)
case("np.diagonal(a, axis1=1, axis2=0)", lambda: np.diagonal(a, axis1=1, axis2=0))
case("np.diagonal(a, 0, 2, 1)", lambda: np.diagonal(a, 0, 2, 1))
case("np.diagonal(a, 1, -1, 0)", lambda: np.diagonal(a, 1, -1, 0))
case("np.diagonal(a, -1, -2, -1)", lambda: np.diagonal(a, -1, -2, -1))
case("np.diagonal(a, 0, 1, 1)", lambda: np.diagonal(a, 0, 1, 1))
case("np.diagonal(a, 0, 1, 5)", lambda: np.diagonal(a, 0, 1, 5))
case("np.diagonal(a, 0, -9, 1)", lambda: np.diagonal(a, 0, -9, 1))
case("np.diagonal(np.arange(3))", lambda: np.diagonal(np.arange(3)))
case("np.diagonal(a, 2**40)", lambda: np.diagonal(a, 2**40))
case("np.diagonal(a, -2**40)", lambda: np.diagonal(a, -2**40))
case("np.diagonal(a, 9, 1, 2)", lambda: np.diagonal(a, 9, 1, 2))
case("np.trace(a, 0, 1, 2)", lambda: np.trace(a, 0, 1, 2))
case("np.trace(a, axis1=-1, axis2=0)", lambda: np.trace(a, axis1=-1, axis2=0))
case("a.diagonal(axis1=2, axis2=1)", lambda: a.diagonal(axis1=2, axis2=1))
case("a.trace(offset=1, axis1=2, axis2=0)", lambda: a.trace(offset=1, axis1=2, axis2=0))
d = a.diagonal(0, 0, 2)
print(np.shares_memory(d, a), d.shape, d.strides)
