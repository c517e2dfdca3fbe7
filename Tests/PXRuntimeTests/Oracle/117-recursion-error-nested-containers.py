a = []
for _ in range(100000):
    a = [a]
try:
    repr(a)
except RecursionError as e:
    print("repr:", e)
try:
    str(a)
except RecursionError as e:
    print("str:", e)
b = []
for _ in range(100000):
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("compare:", e)
d = {}
for _ in range(100000):
    d = {"k": d}
try:
    repr(d)
except RecursionError as e:
    print("dict repr:", e)
print("still running")
