assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), "[" + str(e) + "]")
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e)
    print(repr(e))
try:
    x = 5
    assert x < 0, "x=%d must be negative" % x
except AssertionError as e:
    print(e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(repr(e), e)
def check(v):
    assert isinstance(v, int), f"expected int, got {type(v).__name__}"
    return v * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print("caught:", e)
try:
    pair = (1, 2)
    assert pair
    print("non-empty tuple is truthy")
except AssertionError:
    print("unreached")
try:
    raise AssertionError("explicit")
except AssertionError as e:
    print(repr(e))
try:
    assert 0, 42
except Exception as e:
    print(type(e).__name__, e, repr(e))
