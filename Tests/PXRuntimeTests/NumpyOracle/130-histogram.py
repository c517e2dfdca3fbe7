# histogram: counts and bin edges, with a bin count, explicit edges, range= or density=.
import numpy as np

data = np.array([0.5, 1.5, 1.5, 2.5, 3.0, 4.0, 4.0, 4.0])
counts, edges = np.histogram(data)
print(counts, edges)
counts, edges = np.histogram(data, bins=4)
print(counts, edges)
print(np.histogram(data, bins=[0, 1, 2, 5]))
print(np.histogram(data, bins=3, range=(0, 6)))
print(np.histogram(data, bins=2, density=True))
print(np.histogram(np.arange(10), bins=3))
print(np.histogram(np.array([]), bins=2))
