# view.sync_imports()
import ipyparallel as ipp

rc = ipp.Client()
dv = rc[:]
with dv.sync_imports():
    import math
    from math import sqrt, pi
    import operator as op
print(dv.apply_sync(lambda: math.floor(sqrt(16) + pi)))
print(dv.apply_sync(lambda: operator.add(1, 2)))
with dv.sync_imports(quiet=True):
    import random
print(dv.apply_sync(lambda: type(random.random()).__name__))
try:
    with dv.sync_imports(local=False):
        import math
except NotImplementedError as e:
    print("NotImplementedError", e)
with rc[0].sync_imports():
    import functools
print(rc[0].apply_sync(lambda: functools.reduce(operator.add, [1, 2, 3])))
