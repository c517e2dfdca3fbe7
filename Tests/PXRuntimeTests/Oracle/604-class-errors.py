# Errors raised by the class machinery, with CPython's messages.
class P:
    def __init__(self, x):
        self.x = x

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("missing attribute", lambda: P(1).y)
attempt("missing class attribute", lambda: P.y)
attempt("too many arguments", lambda: P(1, 2))
attempt("missing argument", lambda: P())
class Q: pass
attempt("no init arguments", lambda: Q(1))
attempt("not callable", lambda: P(1)())
attempt("not iterable", lambda: list(P(1)))
attempt("no len", lambda: len(P(1)))
attempt("not subscriptable", lambda: P(1)[0])
attempt("unsupported +", lambda: P(1) + P(2))
attempt("unsupported <", lambda: P(1) < P(2))
attempt("equality by identity", lambda: P(1) == P(1))
a = P(1)
attempt("same object", lambda: a == a)
class E:
    def __eq__(self, other): return True
attempt("unhashable", lambda: hash(E()))
attempt("set of unhashable", lambda: {E()})
class BadLen:
    def __len__(self): return -1
attempt("negative len", lambda: len(BadLen()))
class BadBool:
    def __bool__(self): return 1
attempt("bool not bool", lambda: bool(BadBool()))
class BadRepr:
    def __repr__(self): return 5
attempt("repr not str", lambda: repr(BadRepr()))
class BadInit:
    def __init__(self): return 3
attempt("init returns", lambda: BadInit())
class ROProp:
    @property
    def v(self): return 1
def set_v():
    r = ROProp()
    r.v = 2
attempt("read-only property", set_v)
class M1: pass
class M2(M1): pass
def bad_mro():
    class Bad(M1, M2): pass
attempt("inconsistent MRO", bad_mro)
def dup_base():
    class Dup(M1, M1): pass
attempt("duplicate base", dup_base)
def bool_base():
    class B(bool): pass
attempt("bool base", bool_base)
attempt("isinstance arg", lambda: isinstance(1, 2))
attempt("issubclass arg", lambda: issubclass(1, int))
attempt("super outside", lambda: super())
class Base:
    def hello(self): return "hello from Base"
class Child(Base):
    def hello(self): return super().hello() + " via Child"
    def missing(self): return super().nope()
attempt("super chain", lambda: Child().hello())
attempt("super missing", lambda: Child().missing())
attempt("delete missing", lambda: delattr(P(1), "zz"))
attempt("raise non-exception", lambda: exec_raise())
def exec_raise():
    raise P(1)
attempt("catch non-exception", lambda: catch_bad())
def catch_bad():
    try:
        raise ValueError("v")
    except P:
        pass
