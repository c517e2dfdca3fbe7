def worker():
    try:
        for i in range(10):
            yield i
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("cleanup")


g = worker()
print(next(g), next(g))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("exhausted after close")
g.close()
fresh = worker()
fresh.close()
print("closing an unstarted generator runs nothing")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def with_return():
    try:
        yield 1
    finally:
        print("finally on close")


w = with_return()
next(w)
del w
print("after del")
