# The map/reduce session example run locally: it must print 58.028845747399714.
from functools import reduce
from math import sqrt
import numpy as np

X = np.linspace(0, 100)
add = lambda a, b: a + b
sq = lambda x: x * x
total = reduce(add, map(sq, X))
print(repr(total))
print(sqrt(total / len(X)))
print(repr(X[1]), len(X), X.dtype)
squares = list(map(sq, X[:3]))
print(squares)
print(sqrt(reduce(add, map(sq, list(X))) / len(X)))
