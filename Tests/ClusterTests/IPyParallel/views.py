# view.history, view.outstanding, view.results; AsyncResult split, join and wait(return_when=...);
# rc.broadcast_view
import ipyparallel as ipp

rc = ipp.Client()
dv = rc[:]
lv = rc.load_balanced_view()


def square(x):
    return x * x


def inverse(x):
    return 1 / x


print(dv.history, lv.history, sorted(dv.outstanding))
ar = dv.apply_async(square, 3)
print(len(dv.history), len(lv.history), dv.history == ar.msg_ids)
ar.get()
lv.map_sync(square, range(4))
# (ipyparallel lists a load-balanced map's msg_ids twice in lv.history: count them once)
print(len(dv.history), len(set(lv.history)), lv.history[-1] in rc.history)
dv.apply_sync(square, 2)
print(sorted(dv.outstanding), sorted(lv.outstanding))
print(dv.results is rc.results or dv.results == rc.results)

# split: one AsyncResult per message
ar = dv.apply_async(square, 5)
parts = ar.split()
print(type(parts).__name__, len(parts), [type(p).__name__ for p in parts])
print([p.get() for p in parts], [p.msg_ids == [m] for p, m in zip(parts, ar.msg_ids)])
one = rc[0].apply_async(square, 6)
print(one.split() == (one,), one.split()[0].get())
amr = dv.map_async(square, range(6))
chunks = amr.split()
print(len(chunks), [type(c).__name__ for c in chunks], [c.get() for c in chunks])

# join: the inverse of split
joined = ipp.AsyncResult.join(*parts)
print(type(joined).__name__, joined.get(), joined.msg_ids == ar.msg_ids)
print(ipp.AsyncResult.join(one) is one)
try:
    ipp.AsyncResult.join()
except ValueError as e:
    print("ValueError:", e)

# wait(return_when=...): sets of split results, done and pending
ar = dv.apply_async(square, 7)
done, pending = ar.wait(return_when=ipp.ALL_COMPLETED)
print(type(done).__name__, len(done), len(pending), sorted(d.get() for d in done))
ar = dv.apply_async(inverse, 0)
done, pending = ar.wait(timeout=30, return_when=ipp.FIRST_EXCEPTION)
print(len(done) >= 1, all(d.done() for d in done))
print(ar.wait(), ar.wait(return_when=None))

# broadcast_view: a DirectView that reaches every engine through one message
bv = rc.broadcast_view()
print(type(bv).__name__, bv, bv.targets)
print(bv.apply_sync(square, 4))
bv.execute("b = 11", block=True)
print(dv.pull("b", block=True))
bv.push(dict(c=3), block=True)
print(bv.pull("c", block=True))
print(type(rc.broadcast_view(targets=[1])).__name__, rc.broadcast_view(targets=[1]).apply_sync(square, 9))
print("done")
