# `acc += x` inside a function mutates the caller's array.
import numpy as np

def accumulate(acc, x):
    acc += x

def scale(values, factor):
    values *= factor
    return None

total = np.zeros(3)
for i in range(4):
    accumulate(total, np.arange(3) * i)
print(total)
v = np.arange(4)
scale(v, 2)
print(v)

def rebind(a):
    a = a + 1
    return a

w = np.arange(3)
print(rebind(w), w)
