# A method call on a client object looks the method up before it evaluates its arguments, as Python does: a
# missing method raises AttributeError and none of its arguments runs.
import ipyparallel as ipp

rc = ipp.Client()
dview = rc[:]
lview = rc.load_balanced_view()
ar = dview.apply_async(lambda: 1)
ar.get()
ex = rc.executor()
log = []


def note(x):
    log.append(x)
    return x


def attempt(label, fn):
    log.clear()
    try:
        result = fn()
        print(label, "->", result, log)
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e, log)


for label, obj in [("Client", rc), ("DirectView", dview), ("LoadBalancedView", lview), ("AsyncResult", ar),
                   ("ViewExecutor", ex)]:
    attempt(label + " missing", lambda: obj.nosuch(note("arg")))
    attempt(label + " missing keyword", lambda: obj.nosuch(k=note("kw")))

attempt("DirectView pull", lambda: dview.pull(note("nosuch_name") and "__name__", block=note(True)))
attempt("AsyncResult get", lambda: ar.get(note(5)))
attempt("Client wait", lambda: rc.wait(note(None), note(5)))
