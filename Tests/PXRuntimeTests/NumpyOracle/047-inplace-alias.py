# In-place operators mutate the array, so every alias sees the change.
import numpy as np

b = np.arange(4)
b2 = b
b2 *= 3
print(b, b2 is b)
b2 += 1
print(b)
f = np.ones(3)
g = f
g /= 4
g -= 0.125
print(f)
h = f
h **= 2
print(f)
items = [np.zeros(2)]
x = items[0]
x += 5
print(items)
d = {"k": np.arange(3)}
d["k"] += 10
print(d)
