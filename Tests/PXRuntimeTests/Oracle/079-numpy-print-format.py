import numpy as np
cases = [
    [0.5, 1.0, 2.0],
    [0.5, 1 / 3, 2 / 3],
    [1 / 3, 100.0, -2.0],
    [0.5, 1 / 3, 1e-3, 100.0, -2.0],
    [0.001, 0.01, 0.1],
    [1e-4, 1.0],
    [1e-5, 1.0],
    [999.0, 1.0],
    [1000.0, 1.0],
    [1001.0, 1.0],
    [1e6, 1e7],
    [1e8, 1.0],
    [123456789.0, 0.5],
    [-0.0, 0.0, -1.0],
    [0.1, 0.2, 0.30000000000000004],
    [1.5, float("inf"), float("nan")],
    [-float("inf"), 2.0],
    [100.0, 200.0, 300.0],
    [1.25, -1.25, 10.5],
    [3.14159265358979, 2.718281828459045],
]
for c in cases:
    a = np.array(c)
    print(a)
    print(repr(a))
print(np.linspace(0, 1, 12))
print(repr(np.linspace(0, 1, 12)))
print(np.arange(12) / 7)
print(np.arange(12))
print(repr(np.arange(12) * 1000))
print(np.array([-5, 10, 300]))
print(np.arange(25))
print(repr(np.arange(25)))
print(np.arange(0.0, 3.0, 0.25))
print(np.array([1.0]) / 3)
print(np.array([2.5e-07, 1.0]))
