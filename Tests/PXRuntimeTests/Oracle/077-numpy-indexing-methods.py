import numpy as np
a = np.arange(10) * 1.5
print(a)
print(float(a[0]), float(a[-1]), float(a[3]), int(np.arange(5)[2]))
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:], a[1:8:3])
print(a[2:5].size, a[2:5].shape, a[5:2].size)
s = a[2:5]
s[0] = -1.0
print(a[:4])
c = a.copy()
c[0] = 99.0
print(float(a[0]), float(c[0]))
a[0] = 7
print(a[:2], a.dtype)
i = np.array([5, 6, 7])
i[1] = 60
print(i, i.dtype)
print(a.tolist()[:3], type(a.tolist()).__name__)
print(float(a.sum()), float(a.mean()), float(a.min()), float(a.max()))
print(int(i.sum()) == 72, int(i.max()), int(i.min()), float(i.mean()))
r = np.arange(6).reshape(2, 3)
print(r.shape, r.size, r.tolist())
print(len(a), a.size, a.shape, a.dtype, str(a.dtype), str(i.dtype))
for v in np.array([1, 2, 3]):
    print(int(v) * 10, end=" ")
print()
print([float(v) for v in np.linspace(0, 1, 3)])
print(list(np.array([4, 5]).tolist()), sum(np.array([1, 2, 3]).tolist()))
try:
    a[20]
except IndexError as e:
    print("IndexError", e)
