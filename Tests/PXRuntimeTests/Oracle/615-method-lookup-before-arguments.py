# A method call looks the method up before it evaluates its arguments (CPython's LOAD_ATTR, then the arguments,
# then CALL): a missing method raises before any argument runs, and whatever the lookup runs (`__getattr__`, a
# property's getter, `__getattribute__`) runs before the arguments.
import collections
import math

log = []


def note(x):
    log.append(x)
    return x


def attempt(label, fn):
    log.clear()
    try:
        result = fn()
        print(label, "->", result, log)
    except Exception as e:
        print(label, "!", type(e).__name__, e, log)


class A:
    def __init__(self):
        self.stored = lambda x: note(("stored", x))

    def m(self, x, y=0):
        return note(("m", x, y))

    @classmethod
    def cm(cls, x):
        return note(("cm", cls.__name__, x))

    @staticmethod
    def sm(x):
        return note(("sm", x))

    @property
    def prop(self):
        note("getter")
        return lambda x: note(("prop", x))

    @property
    def broken(self):
        note("broken getter")
        raise RuntimeError("getter failed")


class Dynamic:
    def __getattr__(self, name):
        note(("getattr", name))
        if name == "given":
            return lambda *args, **kwargs: note(("given", args, kwargs))
        raise AttributeError(f"no {name} here")


class Watched(A):
    def __getattribute__(self, name):
        note(("getattribute", name))
        return super().__getattribute__(name)


class B(A):
    def m(self, x, y=0):
        note("B.m")
        return super().m(note(x), y)

    def missing(self):
        return super().nosuch(note("super arg"))


def receiver():
    note("receiver")
    return A()


# Missing methods: nothing of the arguments runs.
attempt("instance", lambda: A().nosuch(note("arg")))
attempt("instance 2 args", lambda: A().nosuch(note(1), note(2)))
attempt("instance 3 args", lambda: A().nosuch(note(1), note(2), note(3)))
attempt("instance keyword", lambda: A().nosuch(k=note("kw")))
attempt("instance star", lambda: A().nosuch(*note([1, 2])))
attempt("instance double star", lambda: A().nosuch(**note({"k": 1})))
attempt("class", lambda: A.nosuch(note("arg")))
attempt("str", lambda: "abc".nosuch(note("arg")))
attempt("str 2 args", lambda: "abc".nosuch(note(1), note(2)))
attempt("list", lambda: [1].nosuch(note("arg")))
attempt("list append-like", lambda: (1, 2).append(note("arg")))
attempt("dict", lambda: {}.nosuch(note("arg")))
attempt("int", lambda: (5).nosuch(note("arg")))
attempt("float", lambda: (5.0).nosuch(note("arg")))
attempt("set", lambda: {1}.nosuch(note("arg")))
attempt("module", lambda: math.nosuch(note("arg")))
attempt("module 2 args", lambda: math.nosuch(note(1), note(2)))
attempt("exception", lambda: ValueError("v").nosuch(note("arg")))
attempt("function", lambda: note.nosuch(note("arg")))
attempt("super", lambda: B().missing())
attempt("getattr raises", lambda: Dynamic().absent(note("arg")))
attempt("getattr raises keyword", lambda: Dynamic().absent(k=note("kw")))
attempt("getter raises", lambda: A().broken(note("arg")))
attempt("receiver first", lambda: receiver().nosuch(note("arg")))

# Methods that exist: the lookup, then the arguments, then the call.
attempt("getattr gives", lambda: Dynamic().given(note("arg")))
attempt("getattr gives keyword", lambda: Dynamic().given(note("arg"), k=note("kw")))
attempt("property", lambda: A().prop(note("arg")))
attempt("stored callable", lambda: A().stored(note("arg")))
attempt("getattribute", lambda: Watched().m(note("arg")))
attempt("getattribute keyword", lambda: Watched().m(note("arg"), y=note("y")))
attempt("super", lambda: B().m("x"))
attempt("classmethod on instance", lambda: A().cm(note("arg")))
attempt("classmethod on class", lambda: A.cm(note("arg")))
attempt("staticmethod", lambda: A().sm(note("arg")))
attempt("keyword", lambda: A().m(note(1), y=note(2)))
attempt("star", lambda: A().m(*note([1, 2])))
attempt("module", lambda: math.sqrt(note(16)))
attempt("str", lambda: "a-b".split(note("-")))
attempt("dict get", lambda: {"k": 1}.get(note("k"), note(0)))
attempt("list dunder", lambda: [1, 2].__len__())
attempt("str dunder", lambda: "ab".__contains__(note("a")))
attempt("deque", lambda: collections.deque([1]).append(note(2)))
