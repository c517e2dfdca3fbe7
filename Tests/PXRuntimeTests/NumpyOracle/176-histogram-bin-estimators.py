# histogram's automatic bin estimators: every name numpy knows, on floats and ints, with range=, and the
# errors for an unknown name and for weights.
import numpy as np

np.random.seed(3)
data = np.random.randn(200)
skewed = np.random.rand(300) ** 3
ints = np.random.randint(0, 40, 150)
for name in ["auto", "fd", "doane", "rice", "scott", "sqrt", "sturges", "stone"]:
    counts, edges = np.histogram(data, bins=name)
    print(name, len(counts), counts.sum(), edges[0], edges[-1])
    print(np.histogram(skewed, bins=name)[0])
    print(name, np.histogram(ints, bins=name)[0])
print(np.histogram(data, bins="auto", range=(-1, 1)))
print(np.histogram(data, bins="sturges", range=(0.0, 2.5))[0])
print(np.histogram(np.array([1.0, 1.0, 1.0]), bins="fd"))
print(np.histogram(np.array([2.0]), bins="auto"))
print(np.histogram(np.array([]), bins="auto"))
print(np.histogram(np.array([5, 5, 6, 6, 7]), bins="doane"))
for bad in [lambda: np.histogram(data, bins="best"), lambda: np.histogram(data, bins="auto", weights=data)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ": " + str(e))
