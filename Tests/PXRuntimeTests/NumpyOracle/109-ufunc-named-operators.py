# The ufuncs behind the operators: add subtract multiply divide true_divide floor_divide mod power ...
import numpy as np

a = np.array([7, 8, 9])
b = np.array([2, 3, 4])
print(np.add(a, b), np.subtract(a, b), np.multiply(a, b))
print(np.divide(a, b), np.true_divide(a, 2), np.floor_divide(a, b))
print(np.mod(a, b), np.remainder(-a, b), np.power(b, 2))
print(np.equal(a, 8), np.not_equal(a, 8), np.less(a, b * 3), np.less_equal(a, 8))
print(np.greater(a, 8), np.greater_equal(a, 8))
print(repr(np.add(1, 2)), repr(np.multiply(1.5, 2)), repr(np.add([1, 2], [3, 4])))
