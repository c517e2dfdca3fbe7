# Functions of the ipyparallel module around serialization, remote errors and other software: what a program
# sees of them (swiftpx serializes in its own format, so only round trips are compared, not bytes)
import ipyparallel as ipp

rc = ipp.Client()
dview = rc[:]


def show(label, call):
    try:
        print(label, repr(call()))
    except Exception as e:
        print(label, "raises", type(e).__name__, getattr(e, "name", None) or e)


def add(a, b=1):
    return a + b


show("register_joblib_backend", ipp.register_joblib_backend)
show("register_joblib_backend unknown keyword", lambda: ipp.register_joblib_backend(nme="x"))
show("bind_kernel", ipp.bind_kernel)
show("can", lambda: ipp.can([1, "two", 3.0]))
show("uncan", lambda: ipp.uncan({"a": 1}, g={}))
print(issubclass(ipp.MultipleInstanceError, Exception), ipp.MultipleInstanceError.__name__)
print(dview.apply_sync(len, ipp.PrePickled([1, 2, 3])), dview.apply_sync(lambda d: d["k"], ipp.PrePickled({"k": 7})))
show("PrePickled without obj", ipp.PrePickled)

buffers = ipp.serialize_object({"a": [1, 2], "b": (3.5, None)})
print(type(buffers).__name__, all(isinstance(b, bytes) for b in buffers))
print(ipp.deserialize_object(buffers))
print(ipp.deserialize_object(buffers + [b"rest"]))
f, args, kwargs = ipp.unpack_apply_message(ipp.pack_apply_message(add, (1,), {"b": 3}))
print(f(*args, **kwargs), args, kwargs, f.__name__)
show("serialize_object unknown keyword", lambda: ipp.serialize_object(1, threshold=2))


def fail(x):
    return 1 / x


results = dview.apply_async(fail, 0).get(return_exceptions=True)
print([type(r).__name__ for r in results])
try:
    ipp.collect_exceptions(results, "fail")
except ipp.CompositeError as e:
    print(type(e).__name__, len(e.elist), [row[0] for row in e.elist], str(e).splitlines()[0])
try:
    ipp.collect_exceptions({0: results[0], 1: 5}, "fail")
except ipp.CompositeError as e:
    print(type(e).__name__, len(e.elist))
print(ipp.collect_exceptions([1, 2], "f"), ipp.collect_exceptions({0: 1}))
show("collect_exceptions missing", ipp.collect_exceptions)

try:
    1 / 0
except ZeroDivisionError:
    content = ipp.wrap_exception({"engine_id": 1, "method": "apply"})
print(sorted(content), content["status"], content["ename"], content["evalue"], content["engine_info"])
print(repr(content["traceback"][0]), repr(content["traceback"][-1]))
error = ipp.unwrap_exception(content)
print(type(error).__name__, repr(error), str(error), error.ename, error.evalue, error.engine_info, error.args)
print(isinstance(error, ipp.RemoteError), error.traceback.splitlines()[-1])
bare = ipp.unwrap_exception({"ename": "KeyError", "evalue": "'k'", "traceback": []})
print(repr(bare), str(bare), bare.engine_info, repr(bare.traceback))
try:
    ipp.wrap_exception()
except AttributeError as e:
    print("wrap_exception outside except raises", type(e).__name__, str(e))
show("unwrap_exception without ename", lambda: ipp.unwrap_exception({}))
