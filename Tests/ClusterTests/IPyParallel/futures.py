# concurrent.futures with ipyparallel: wait, as_completed, the return_when constants, Future, TimeoutError,
# over the executor's futures and AsyncResults
from concurrent.futures import wait, as_completed, FIRST_COMPLETED, ALL_COMPLETED, Future, TimeoutError
import concurrent.futures
import time
import ipyparallel as ipp

rc = ipp.Client()
ex = rc.executor()
lview = rc.load_balanced_view()


def square(x):
    return x * x


def nap(seconds):
    import time
    time.sleep(seconds)
    return seconds


futures = [ex.submit(square, i) for i in range(6)]
print(isinstance(futures[0], Future), isinstance(futures[0], concurrent.futures.Future))
done, not_done = wait(futures)
print(len(done), len(not_done), sorted(f.result() for f in done))
print(type(done).__name__, done == set(futures))
result = wait(futures, return_when=ALL_COMPLETED)
print(type(result).__name__, result._fields, len(result.done))
print(sorted(f.result() for f in as_completed(futures)))

slow = lview.apply_async(nap, 3)
fast = lview.apply_async(nap, 0)
done, not_done = wait([slow, fast], return_when=FIRST_COMPLETED)
print([f is fast for f in done], [f is slow for f in not_done])
first = next(as_completed([slow, fast]))
print(first is fast, first.result())
done, not_done = wait([slow], timeout=0.1)
print(len(done), len(not_done))
try:
    slow.result(timeout=0.1)
except TimeoutError as e:
    print("result:", type(e).__module__, type(e).__name__)
try:
    for f in as_completed([slow, fast], timeout=0.1):
        print("completed", f.result())
except TimeoutError as e:
    print("as_completed:", type(e).__name__, e)
print(slow.result(), slow.done())

amr = lview.map_async(square, range(5))
done, _ = wait([amr])
print(amr in done, amr.result())
print(FIRST_COMPLETED, ALL_COMPLETED, concurrent.futures.FIRST_EXCEPTION)

f = Future()
print(f.done(), f.running(), f.cancelled())
f.set_result(7)
print(f.done(), f.result(), f.exception())
calls = []
f.add_done_callback(lambda fut: calls.append(fut.result()))
print(calls)
g = Future()
g.set_exception(ValueError("no"))
done, not_done = wait([f, g, futures[0]])
print(len(done), len(not_done), type(g.exception()).__name__)
try:
    g.result()
except ValueError as e:
    print("ValueError", e)
h = Future()
print(h.cancel(), h.cancelled(), h.done())
try:
    h.result()
except concurrent.futures.CancelledError as e:
    print("cancelled", type(e).__name__)
done, not_done = wait([Future()], timeout=0.05)
print(len(done), len(not_done))
print(TimeoutError is concurrent.futures.TimeoutError, issubclass(TimeoutError, OSError))
