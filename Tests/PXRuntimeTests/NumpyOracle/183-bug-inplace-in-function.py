# Issue: `acc += x` inside a function that was passed the array did not reach the caller.
import numpy as np

def add_into(acc, x):
    acc += x

acc = np.zeros(3)
for part in [np.ones(3), np.arange(3.0)]:
    add_into(acc, part)
print(acc)
