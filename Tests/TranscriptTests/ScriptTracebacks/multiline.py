# A statement of several lines fails on its third line; the first iterable of a comprehension is
# evaluated outside the comprehension's frame.
def first(x):
    return [y for y in x]


def spread(n):
    value = max(n,
                n + 1,
                1 / n)
    return value


print(spread(1))
try:
    first(5)
except TypeError as e:
    print("TypeError", e)
print(spread(0))
