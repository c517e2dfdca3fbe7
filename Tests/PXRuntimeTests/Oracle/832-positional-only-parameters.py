# Positional-only parameters (`/`): binding, keyword arguments that fall to **kwargs, CPython's errors and
# signatures, in functions, lambdas and methods.
def f(a, b=2, /, c=3, **kw): return a, b, c, kw
print(f(1, a=5))
try: f(a=1)
except TypeError as e: print(e)
def g(a, b, /): return a + b
try: g(1, b=2)
except TypeError as e: print(e)
try: g(a=1, b=2)
except TypeError as e: print(e)
print(g(1, 2), (lambda x, /: x)(4))
help(g)
for src in ['def f(/, a): pass','def f(a, /, b, /): pass','def f(*, a, /): pass','def f(*a, /): pass','lambda a, /: a','def f(a=1, /, b): pass','def f(a, /, b=2, *, c): pass']:
    try: compile(src,'s','exec'); print('ok', src)
    except SyntaxError as e: print(src, '|', e.msg, e.offset)
class K:
    def m(self, x, /, y):
        return x + y
print(K().m(1, y=2), K().m(1, 2))
