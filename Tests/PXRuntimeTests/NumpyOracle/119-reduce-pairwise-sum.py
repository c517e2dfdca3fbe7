# Float sums use numpy's pairwise summation: the digits below are numpy's, not a running sum's.
import numpy as np

print(repr(np.full(100001, 0.1).sum()))
print(repr(np.sum(np.arange(1000000) * 0.1)))
print(repr(np.linspace(0, 1, 1001).mean()))
print(repr(np.array([0.1] * 10).sum()), sum([0.1] * 10))
x = np.arange(1, 200001) ** -2.0
print(repr(x.sum()), repr(x[::-1].sum()))
print(repr(np.ones((300, 300)).sum(axis=0)[:2]), repr((np.arange(9000.0).reshape(3, 3000) / 7).sum(axis=1)))
print(repr(np.cumsum(np.full(10, 0.1))[-1]))
