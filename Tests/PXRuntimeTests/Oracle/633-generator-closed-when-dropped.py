# A suspended generator whose last reference goes is closed at once, as CPython's reference counting
# does: its finally block runs before the next statement.


def resource(name):
    try:
        yield name
        yield name * 2
    finally:
        print("released", name)


g = resource("a")
print(next(g))
del g
print("after del")

g = resource("b")
print(next(g))
g = None
print("after rebinding")


def use_locally():
    local = resource("c")
    print(next(local))
    del local
    print("after del in a function")
    other = resource("d")
    print(next(other))
    return "returned"


print(use_locally())
print("after the call")

items = [resource("e"), resource("f")]
for it in items:
    print(next(it))
del it
items.pop()
print("after pop")
items.clear()
print("after clear")

unstarted = resource("never")
del unstarted
print("an unstarted generator runs nothing")
