x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 3; print(x)
x /= 4; print(x)
y = 7.5
y += 0.5; print(y)
y //= 3; print(y)
y %= 1.5; print(y)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {"n": 0}
d["n"] += 1
d["n"] += 1
print(d)
a = [1, 2, 3]
a[0] += 10
a[-1] *= 3
print(a)
m = [[1, 2]]
m[0][1] -= 5
print(m)
count = 0
for i in range(10):
    count += i
print(count)
neg = -7
neg //= 2; print(neg)
neg %= 5; print(neg)
f = 2
f **= -1; print(f)
try:
    u = 1
    u += "x"
except TypeError as e:
    print("TypeError", e)
try:
    zz = 1
    zz /= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
