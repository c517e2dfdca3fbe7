# Python ints beyond int64 beside arrays and numpy scalars, operator by operator (NEP 50): integer arithmetic
# raises OverflowError, comparisons with integers compare exactly, floats take the int as a float, `/` too.
import numpy as np


def case(label, f):
    try:
        result = f()
    except Exception as e:
        print(label + " -> " + type(e).__name__ + ": " + str(e))
        return
    print(label + " -> " + repr(result))


operands = {
    "int64": np.arange(3),
    "int32": np.arange(3, dtype=np.int32),
    "float64": np.arange(3.0),
    "float32": np.arange(3, dtype=np.float32),
    "bool": np.array([True, False]),
    "np.int64": np.int64(2),
    "np.float64": np.float64(2.0),
    "np.bool": np.bool(True),
}
for name, x in operands.items():
    for big in [2**63, -2**70]:
        case(name + " + " + str(big), lambda: x + big)
        case(str(big) + " - " + name, lambda: big - x)
        case(name + " * " + str(big), lambda: x * big)
        case(name + " / " + str(big), lambda: x / big)
        case(name + " // " + str(big), lambda: x // big)
        case(name + " % " + str(big), lambda: x % big)
        case(name + " & " + str(big), lambda: x & big)
        case(name + " << " + str(big), lambda: x << big)
        case(name + " < " + str(big), lambda: x < big)
        case(str(big) + " <= " + name, lambda: big <= x)
        case(name + " == " + str(big), lambda: x == big)
        case(name + " != " + str(big), lambda: x != big)
case("float64 + 2**1100", lambda: np.arange(3.0) + 2**1100)
case("float64 > 2**1100", lambda: np.arange(3.0) > 2**1100)
case("int64 > 2**1100", lambda: np.arange(3) > 2**1100)
case("[1, 2] + np.int64(1) * 2**70", lambda: [1, 2] + np.int64(1) * 2**70)
a = np.arange(3)
try:
    a += 2**70
except Exception as e:
    print("a += 2**70 -> " + type(e).__name__ + ": " + str(e))
print(repr(a))
b = np.arange(3.0)
b += 2**70
print(repr(b))
