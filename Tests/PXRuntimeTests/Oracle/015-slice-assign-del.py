a = list(range(10))
a[0] = 100
a[-1] = -1
print(a)
a[1:3] = ["x", "y", "z"]
print(a)
a[5:] = []
print(a)
a[:0] = [7, 8]
print(a)
a[len(a):] = [99]
print(a)
b = list(range(10))
b[::2] = [0, 0, 0, 0, 0]
print(b)
b[::-3] = ["a", "b", "c", "d"]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
c = list(range(10))
del c[0]
print(c)
del c[-1]
print(c)
del c[2:4]
print(c)
del c[::2]
print(c)
del c[:]
print(c)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
e = [1, 2, 3]
f = e
e[:] = [9]
print(f)
g = [[1, 2], [3, 4]]
g[0][1] = 20
del g[1][0]
print(g)
h = [1, 2, 3, 4, 5]
h[1:4] = (9,)
print(h)
h[1:1] = "ab"
print(h)
try:
    del h[10]
except IndexError as e:
    print("IndexError", e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError", e)
