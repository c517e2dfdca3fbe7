# Statements whose own instruction fails, as CPython 3.11 marks them: unpacking marks the targets, a store or
# deletion marks its target, an augmented assignment marks its target when reading or storing it fails and the
# whole statement when the operation fails, an assertion marks its test, a condition its comparison; a `for` or
# `with` marks nothing.
import sys
import traceback


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)


def unpack_int():
    a, b = 1
    return a, b


def unpack_long():
    first, second = [1, 2, 3]
    return first, second


def unpack_nested():
    x = 1
    (a, b), c = x, 2
    return a, b, c


def unpack_starred():
    a = 1
    b, *c = a
    return b, c


def store_none():
    d = None
    d["k"] = 1


def store_index():
    items = [1]
    items[5] = 1


def store_slice():
    d = None
    d[1:2] = 1


def store_attribute():
    o = 5
    o.x = 1


def store_in_tuple():
    a = 1
    x = [1]
    x[0], a.b = 1, 2


def delete_key():
    d = {}
    del d["k"]


def delete_attribute():
    x = 1
    del x.y


def delete_name():
    del undefined_name


def augment_key():
    d = {}
    d["k"] += 1


def augment_operation():
    d = {"k": 1}
    d["k"] += "x"


def augment_tuple():
    d = (1,)
    d[0] += 1


def augment_attribute():
    d = None
    d.attr += 1


def augment_local():
    x = "a"; x += 1


def augment_global():
    global total
    total = "a"; total += 1


def assertion():
    value = 1
    assert value == 2, "value is not 2"


def condition_if():
    value = 1
    if value < "x":
        print("less")


def condition_while():
    value = 1
    while value > "x" and value:
        value -= 1


def for_loop():
    for x in 5:
        print(x)


def with_block():
    with 5:
        pass


for case in [unpack_int, unpack_long, unpack_nested, unpack_starred, store_none, store_index, store_slice,
             store_attribute, store_in_tuple, delete_key, delete_attribute, delete_name, augment_key,
             augment_operation, augment_tuple, augment_attribute, augment_local, augment_global, assertion,
             condition_if, condition_while, for_loop, with_block]:
    show(case)
pairs = {"a": 1}
pairs["a"], pairs["b"] = 1
