def show(e):
    print(type(e).__name__, "[" + str(e) + "]")
    print(repr(e))

it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    show(e)
print(next(it, "default after exhaustion"))
g = (x for x in range(1))
print(next(g))
try:
    next(g)
except StopIteration as e:
    show(e)
counter = 10
def bad_increment():
    counter += 1
    return counter
try:
    bad_increment()
except UnboundLocalError as e:
    show(e)
def read_before_assign():
    print(value)
    value = 1
try:
    read_before_assign()
except UnboundLocalError as e:
    show(e)
try:
    read_before_assign()
except NameError as e:
    print("UnboundLocalError is a NameError:", type(e).__name__)
def deleted_local():
    v = 1
    del v
    return v
try:
    deleted_local()
except UnboundLocalError as e:
    show(e)
def conditional_assign(flag):
    if flag:
        result = "set"
    return result
print(conditional_assign(True))
try:
    conditional_assign(False)
except UnboundLocalError as e:
    show(e)
