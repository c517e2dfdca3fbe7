# oracle: script — makes a folder and changes the working directory (contextlib.chdir)
# contextlib: contextmanager (values, exceptions thrown in, suppressed or replaced, used as a decorator),
# suppress, closing, nullcontext, ExitStack and chdir.
import contextlib
import os
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("a") as value:
    print("inside", value)

with tag("outer"):
    with tag("inner"):
        print("nested")

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)


@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError):
    raise KeyError("k")
print("after swallow")

try:
    with swallow(KeyError):
        raise IndexError("i")
except IndexError as e:
    print("not swallowed:", e)


@contextmanager
def replace():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError("replaced")


try:
    with replace():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@tag("decorated")
def work(x):
    print("working", x)
    return x * 2


print(work(3), work(4), work.__name__)

with suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError:", e)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name)

with nullcontext(42) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ["x", "y"]]
    stack.callback(print, "callback", 1, sep="-")
    print("names", names)

with ExitStack() as stack:
    stack.enter_context(swallow(ValueError))
    stack.callback(print, "cleanup runs")
    raise ValueError("inside stack")
print("stack swallowed")

with ExitStack() as stack:
    stack.callback(print, "kept")
    moved = stack.pop_all()
print("before close")
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)

os.mkdir("sub")
start = os.getcwd()
with contextlib.chdir("sub"):
    print(os.path.basename(os.getcwd()))
print(os.getcwd() == start)
print(isinstance(tag("z"), contextlib.AbstractContextManager), contextlib.contextmanager.__name__)
