# rc.resubmit: runs finished tasks again under new msg_ids (through the load balancer), as an AsyncHubResult
import ipyparallel as ipp

rc = ipp.Client()
dv = rc[:]
lv = rc.load_balanced_view()


def twice(x):
    return 2 * x


ar = lv.apply_async(twice, 21)
print(ar.get())
again = rc.resubmit(ar.msg_ids)
print(type(again).__name__, again.get(), again.msg_ids != ar.msg_ids)
print(rc.resubmit(ar.msg_ids[0]).get())
print(rc.resubmit(block=True).get())
m = lv.map_async(twice, [1, 2, 3])
m.get()
r = rc.resubmit(m.msg_ids)
print(r.get())
d = dv.apply_async(twice, 5)
d.get()
print(rc.resubmit(d).get())


def fail():
    return 1 / 0


f = lv.apply_async(fail)
f.wait()
try:
    rc.resubmit(f.msg_ids).get()
except Exception as e:
    print(type(e).__name__, e.ename, e.evalue)
try:
    rc.resubmit('no-such-id')
except Exception as e:
    print(type(e).__name__, str(e))
n = len(rc.history)
rc.resubmit(ar.msg_ids).get()
print(len(rc.history) - n)
