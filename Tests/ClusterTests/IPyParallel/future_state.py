# concurrent.futures.Future's own methods on ipyparallel's AsyncResult (set_result, set_exception,
# set_running_or_notify_cancel, cancel): the Future's state rules, InvalidStateError, done-callbacks, and what
# get(), repr and iteration say about a result the program settled before its tasks finished
import concurrent.futures
import ipyparallel as ipp

rc = ipp.Client()
lview = rc.load_balanced_view()


def nap(seconds):
    import time
    time.sleep(seconds)
    return seconds


def show(label, call):
    try:
        print(label, repr(call()))
    except Exception as e:
        print(label, "raises", type(e).__name__, e)


# Finished: the Future is FINISHED, and setting it again is an InvalidStateError.
finished = lview.apply_async(nap, 0)
finished.wait()
print(finished.done(), finished.running(), finished.cancelled(), repr(finished))
show("set_result", lambda: finished.set_result(5))
show("set_exception", lambda: finished.set_exception(ValueError("x")))
print(finished.get(), finished.result(), finished.exception())

# Pending, then set by the program: done at once, callbacks fire, the value set is the result.
slow = lview.apply_async(nap, 2)
print(slow.running(), slow.done(), slow.ready(), repr(slow))
seen = []
slow.add_done_callback(lambda f: seen.append(("called", f.done(), f.result())))
show("set_result", lambda: slow.set_result(42))
print(seen)
print(slow.done(), slow.running(), slow.ready(), slow.cancelled(), slow.result(), slow.exception())
print(repr(slow), slow.successful(), slow.wait(), slow.wait(5))
show("get", slow.get)
show("set_result again", lambda: slow.set_result(1))
show("cancel", slow.cancel)
late = []
slow.add_done_callback(lambda f: late.append(f.result()))
print(late)
done, pending = concurrent.futures.wait([slow], timeout=0)
print(len(done), len(pending))
print(rc.wait(slow.msg_ids))
print(slow.result(), repr(slow))
show("get after the task", slow.get)

# set_exception: result() and get() raise it.
failing = lview.apply_async(nap, 2)
failing.set_exception(KeyError("k"))
print(failing.done(), type(failing.exception()).__name__, repr(failing), failing.successful())
show("result", failing.result)
show("get", failing.get)
show("set_exception again", lambda: failing.set_exception(KeyError("again")))

# A Future stores whatever it is given, and raises it as `raise` would.
for given in (ValueError, None, 5):
    odd = lview.apply_async(nap, 2)
    odd.set_exception(given)
    print(repr(given), repr(odd.exception()), odd.done())
    show("result", odd.result)
    show("get", odd.get)

# set_running_or_notify_cancel on a pending result: RUNNING until the tasks finish; it cannot be cancelled.
running = lview.apply_async(nap, 1)
print(running.set_running_or_notify_cancel(), running.running(), running.done(), running.cancel(),
      running.cancelled())
print(running.get(), running.running(), running.done(), repr(running))

# Cancelled: CANCELLED, then CANCELLED_AND_NOTIFIED once set_running_or_notify_cancel has been told.
cancelled = lview.apply_async(nap, 1)
print(cancelled.cancel(), cancelled.cancelled(), cancelled.running(), cancelled.done(), repr(cancelled))
show("set_result", lambda: cancelled.set_result(1))
print(cancelled.set_running_or_notify_cancel(), cancelled.cancelled(), cancelled.done(), cancelled.cancel())
show("set_exception", lambda: cancelled.set_exception(ValueError()))
show("get", cancelled.get)
show("successful", cancelled.successful)

# A map result set by the program: get() and iteration raise, result() is the value set.
amr = lview.map_async(nap, [0, 1])
amr.set_result([9, 9])
print(amr.result(), amr.done(), repr(amr))
show("list", lambda: list(amr))
show("get", amr.get)

# Their signatures, as concurrent.futures.Future declares them.
show("no argument", lambda: amr.set_result())
show("two arguments", lambda: amr.set_result(1, 2))
show("unknown keyword", lambda: amr.set_exception(exception=1, x=2))
show("an argument", lambda: amr.set_running_or_notify_cancel(1))
print(rc.wait())
