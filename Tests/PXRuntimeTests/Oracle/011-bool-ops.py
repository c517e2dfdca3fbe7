print(True and False, True or False, not True, not False)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "set" or "default", None or 0, [] or {})
print([] and 1, [1] and "yes", 0.0 or -1)
print(None and 1, 5 and None)
x = 0
print(x or "zero", x and "nonzero")

def side(v):
    print("side", v)
    return v

print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(0) or side(3))
print(not 1 and 2, not (1 and 0))
print(True + (1 and 2))
print(bool(1 and 0), bool("" or "x"))
print(1 or 0 and 0, (1 or 0) and 0)
v = [] or [1, 2]
v.append(3)
print(v)
name = None
print(name or "anonymous")
