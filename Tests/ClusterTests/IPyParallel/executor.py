# rc.executor() and view.executor: submit, map, shutdown, as a context manager
import ipyparallel as ipp

rc = ipp.Client()
ex = rc.executor()
print(type(ex).__name__)


def double(x):
    return 2 * x


f = ex.submit(double, 21)
print(type(f).__name__, f.result())
print(list(ex.map(double, range(6))))
ex.shutdown()
with rc.load_balanced_view().executor as dex:
    print(sorted(dex.map(double, [1, 2, 3])))
    fut = dex.submit(double, 5)
print(fut.result(), fut.done())
with rc.executor(targets=[1]) as one:
    print(one.submit(double, 3).result())
