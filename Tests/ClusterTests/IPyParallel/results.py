# AsyncResult: get(return_exceptions=True), exception(), result(), add_done_callback,
# iteration of a non-blocking gather, metadata attribute access
import ipyparallel as ipp

rc = ipp.Client()
dv = rc[:]


def inverse(x):
    return 1 / x


ar = dv.apply_async(inverse, 0)
print(ar.get(return_exceptions=True))
ar = dv.apply_async(inverse, 0)
ar.wait()
print(repr(ar.exception()))
print(repr(dv.apply_async(inverse, 2).exception()))
ar = rc[0].apply_async(inverse, 0)
ar.wait()
e = ar.exception()
print(type(e).__name__, e)
print(dv.apply_async(inverse, 4).result())
try:
    rc[1].apply_async(inverse, 0).result()
except ipp.RemoteError as e:
    print("raised", e)

done = []
ar = dv.apply_async(inverse, 1)
ar.add_done_callback(lambda f: done.append(f.get()))
ar.wait()
ar.get()
print(done)

dv.scatter('x', list(range(9)), block=True)
g = dv.gather('x', block=False)
print(type(g).__name__, sum(g), list(g), len(g))
print(list(dv.gather('x', block=False)))

ar = rc[0].apply_async(inverse, 5)
ar.get()
print(ar.metadata.engine_id, ar.metadata.status, ar.metadata['status'], type(ar.metadata.started).__name__)
ar = dv.apply_async(inverse, 5)
ar.get()
print([m.engine_id for m in ar.metadata], [m.status for m in ar.metadata])
try:
    ar.metadata[0].nonsense
except AttributeError as e:
    print("AttributeError")
print(ar.engine_id, ar.status)
