# m[[0, 2]] selects whole rows of a 2-D array.
import numpy as np

m = np.arange(12).reshape(3, 4)
print(m[[0, 2]])
print(m[[2, 0, 2]])
print(m[[0, 2], :])
print(m[np.array([-1])])
print(m[[0, 2]].shape, m[[1]].shape)
t = np.arange(24).reshape(2, 3, 4)
print(t[[1, 0]].shape, t[[1]][0, 2])
