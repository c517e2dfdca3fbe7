# convolve and correlate (modes full, same, valid), cross products, partition/argpartition, lexsort.
import numpy as np

print(np.convolve([1, 2, 3], [0, 1, 0.5]), np.convolve([1, 2, 3], [1, 1], mode="same"))
print(np.convolve([1, 2, 3, 4], [1, 1], mode="valid"), np.convolve([1, 2], [3, 4, 5]))
print(np.correlate([1, 2, 3], [0, 1, 0.5]), np.correlate([1, 2, 3], [0, 1, 0.5], mode="full"))
print(np.cross([1, 0, 0], [0, 1, 0]), np.cross([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]))
print(np.cross(np.eye(3), [1, 1, 1]))
a = np.array([7, 2, 9, 1, 5, 3])
p = np.partition(a, 2)
print(p[2], sorted(p[:2]), sorted(p[3:]), a[np.argpartition(a, 2)[2]])
print(np.partition(a, (1, 4))[[1, 4]], np.sort(np.partition(np.array([[3, 1, 2], [9, 7, 8]]), 1, axis=1), axis=1))
print(np.lexsort(([1, 0, 1], [2, 2, 1])), np.lexsort((np.array([3, 1, 2]), np.array([1, 1, 0]))))
for f in [lambda: np.convolve([], [1]),
          lambda: np.convolve([1, 2], [1], mode="bad"),
          lambda: np.cross([1, 2, 3, 4], [1, 2, 3]),
          lambda: np.partition(a, 6)]:
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__ + ": " + str(e))
