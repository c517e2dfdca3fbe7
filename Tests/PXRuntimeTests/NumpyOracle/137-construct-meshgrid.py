# meshgrid with xy (default) and ij indexing.
import numpy as np

x = np.array([1, 2, 3])
y = np.array([10, 20])
X, Y = np.meshgrid(x, y)
print(X)
print(Y)
I, J = np.meshgrid(x, y, indexing="ij")
print(I)
print(J)
print([g.shape for g in np.meshgrid(x, y, np.arange(4))])
print(np.meshgrid(np.array([0.5])))
