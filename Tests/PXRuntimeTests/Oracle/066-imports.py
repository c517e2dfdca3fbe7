from __future__ import print_function
import math
import math as m, os
import functools, operator
from math import sqrt, floor as fl
from functools import reduce, partial as P
from operator import add
print(math.sqrt(16), m.sqrt(16), sqrt(16), fl(2.9))
print(m is math, type(math).__name__, type(os.getpid()).__name__)
print(reduce(add, [1, 2, 3]), P(add, 10)(5))
print(functools.reduce(operator.mul, range(1, 6)))
import time as t, socket as s
print(type(t.time()).__name__, type(s.gethostname()).__name__)
def inner():
    from math import pi as PI
    return round(PI, 4)
print(inner())
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
import math
print(math.floor(-0.5))
