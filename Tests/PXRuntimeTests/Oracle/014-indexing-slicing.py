a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[0], a[9], a[-1], a[-10])
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3])
print(a[0::2], a[1::2], a[::3], a[::-1], a[::-2])
print(a[7:2:-1], a[-2:-6:-1], a[2:7:-1], a[5:5])
print(a[100:], a[-100:2], a[3:100], a[-1:-100:-3])
print(a[1:9:3], a[9:0:-4])
s = "hello world"
print(s[0], s[-1], s[0:5], s[6:], s[::-1], s[::2], s[-5:-2])
t = (10, 20, 30, 40)
print(t[1], t[-2], t[1:3], t[::-1], t[:0])
r = range(0, 20, 3)
print(r[2], r[-1], r[1:4], r[::-1])
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], nested[-1][-1][-1])
d = {"a": {"b": [1, 2, 3]}}
print(d["a"]["b"][1:])
b = b"bytes"
print(b[0], b[1:3], b[-1])
m = [[0] * 3 for _ in range(3)]
m[1][2] = 5
print(m)
i = 2
print(a[i * 2], a[i - 5], a[i:i + 3])
print(a[1:4], a[-4:-1], s[2:-2])
try:
    print(a[10])
except IndexError as e:
    print("IndexError", e)
try:
    print(s[20])
except IndexError as e:
    print("IndexError", e)
try:
    print(t[-5])
except IndexError as e:
    print("IndexError", e)
try:
    print(a[::0])
except ValueError as e:
    print("ValueError", e)
try:
    print(a["x"])
except TypeError as e:
    print("TypeError", e)
