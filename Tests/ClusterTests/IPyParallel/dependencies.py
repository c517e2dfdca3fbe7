# A load-balanced task whose dependencies do not hold on an engine (UnmetDependency) runs on another one
# (where they hold nowhere, ipyparallel 9.2 keeps the task waiting until get() times out; swiftpx fails it with
# ImpossibleDependency)
import ipyparallel as ipp

rc = ipp.Client()
dv = rc[:]
lv = rc.load_balanced_view()
dv.scatter("me", [0, 1], block=True)


def on_engine_one():
    return me == [1]


@ipp.depend(on_engine_one)
def where():
    return me


print([lv.apply_sync(where) for i in range(4)])


# a direct view does not reschedule: the error comes back
try:
    rc[0].apply_sync(where)
except ipp.RemoteError as e:
    print(e.ename)
print("done")
