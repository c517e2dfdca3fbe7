# `lst[i:j] = iterable` where iterating changes the list: CPython resolves the bounds against the length
# before collecting the values, then clamps a simple slice to the length after.
def grow(lst, n):
    for i in range(n):
        lst.append(100 + i)
        yield i

def shrink(lst, n):
    for i in range(n):
        if lst:
            lst.pop()
        yield -i

b = list(range(6))
b[4:] = grow(b, 3)
print(b)
b = list(range(6))
b[:] = grow(b, 2)
print(b)
b = list(range(6))
b[-2:] = grow(b, 2)
print(b)
b = list(range(6))
b[1:3] = grow(b, 4)
print(b)
b = list(range(6))
b[10:] = grow(b, 2)
print(b)
b = list(range(6))
b[3:1] = grow(b, 2)
print(b)
b = list(range(6))
b[::2] = grow(b, 3)
print(b)
b = list(range(6))
try:
    b[::2] = grow(b, 2)
except ValueError as e:
    print("ValueError:", e)
print(b)
b = list(range(6))
b[2:5] = shrink(b, 4)
print(b)
b = list(range(6))
b[4:] = shrink(b, 5)
print(b)
b = list(range(6))
b[-1:] = shrink(b, 3)
print(b)
b = list(range(6))
b[::-2] = grow(b, 3)
print(b)
b = list(range(6))
try:
    b[::0] = grow(b, 3)
except ValueError as e:
    print("ValueError:", e, b)
b = list(range(6))
try:
    b[1:2] = 5
except TypeError as e:
    print("TypeError:", e, b)
b = list(range(6))
del b[1:3]
b[1:] = b
print(b)
b = list(range(6))
b[2:4] = (x for x in b)
print(b)
b = list(range(6))
b[4:] = map(lambda v: b.append(v) or v, [7, 8])
print(b)
b = list(range(6))
b[slice(4, None)] = grow(b, 3)
print(b)
b = list(range(4))
b[1:2] = iter(b)
print(b)


def in_function():
    c = list(range(6))
    c[4:] = grow(c, 3)
    d = list(range(6))
    d[-3:-1] = grow(d, 2)
    return c, d


print(in_function())
