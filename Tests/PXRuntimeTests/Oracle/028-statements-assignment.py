a = 1; b = 2; print(a, b)
x = y = z = 0
print(x, y, z)
p, q = 1, 2
print(p, q)
p, q = q, p
print(p, q)
(r, s), t = (3, 4), 5
k1, k2 = "ab"
print(k1, k2)
t1 = 1, 2
x1, y1 = t1
print(t1, x1, y1)
print(r, s, t)
[u, v] = [6, 7]
print(u, v)
m, (n, (o, w)) = 1, (2, (3, 4))
print(m, n, o, w)
for i, (c, k) in enumerate([("a", 1), ("b", 2)]):
    print(i, c, k)
lst = [0, 0, 0]
lst[0] = "zero"
lst[-1] = lst[0]
print(lst)
d = {}
d["a"] = 1
d["b"] = d["a"] + 1
d[(1, 2)] = "tuple key"
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] = 5
print(grid)
nest = {"rc": {}}
nest["rc"]["pid_map"] = [1, 2]
print(nest)
i = 0
lst2 = [10, 20, 30]
i, lst2[i] = 1, 99
print(i, lst2)
a1 = b1 = []
a1.append(1)
print(b1)
try:
    e1, e2 = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    e1, e2, e3 = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    e1, e2 = 5
except TypeError as e:
    print("TypeError", e)
if True: print("one-line if"); print("same line")
