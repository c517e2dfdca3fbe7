# view.remote, view.parallel and its map, ipp.require, ipp.depend, ipp.interactive, Reference
import ipyparallel as ipp

rc = ipp.Client()
dv = rc[:]
lv = rc.load_balanced_view()


@dv.remote(block=True)
def getpid_like(x):
    return x * 2


print(getpid_like(3))


@rc[0].remote(block=True)
def square(x):
    return x * x


print(square(4))


@dv.remote(block=False)
def nb(x):
    return x + 1


ar = nb(1)
print(type(ar).__name__, ar.get())


@lv.remote(block=True)
def lb(x):
    return x - 1


print(lb(10))


@dv.parallel(block=True)
def echo(x):
    return str(x)


print(echo(range(5)))
print(echo.map(range(5)))


@dv.parallel(block=True)
def total(xs):
    return sum(xs)


print(total(list(range(10))))
print(total.map([[1, 2], [3, 4], [5]]))


@lv.parallel(block=True)
def lbecho(x):
    return str(x)


print(lbecho(range(3)))
print(lbecho.map(range(3)))
try:
    echo(range(3), range(4))
except ValueError as e:
    print("ValueError", e)


@ipp.require('math')
def sub():
    return math.floor(2.5)


print(dv.apply_sync(sub))


def helper():
    return 41


@ipp.require(helper)
def useshelper():
    return helper() + 1


print(dv.apply_sync(useshelper))


def is_even_engine(n):
    return n % 2 == 0


@ipp.depend(is_even_engine, 4)
def dep():
    return "ran"


print(dv.apply_sync(dep))
print(lv.apply_sync(dep))


@ipp.interactive
def inter():
    return a_global


dv.push(dict(a_global=7), block=True)
print(dv.apply_sync(inter))
dv.execute("def engine_f(x): return x * 100", block=True)
print(dv.apply_sync(ipp.Reference('engine_f'), 2))
print(repr(ipp.Reference('engine_f')))
print(ipp.remote(dv, block=True)(lambda: 5)())
print(ipp.parallel(dv, block=True)(lambda xs: len(xs))(list(range(7))))
