# Unknown keyword arguments raise TypeError as in ipyparallel
import ipyparallel as ipp

rc = ipp.Client()
dv = rc[:]
lv = rc.load_balanced_view()


def f(x):
    return x


calls = [
    ("lv.map_sync", lambda: lv.map_sync(f, [1, 2], orderd=False)),
    ("lv.map", lambda: lv.map(f, [1, 2], chunk_size=2)),
    ("dv.map", lambda: dv.map(f, [1, 2], ordered=False)),
    ("dv.push", lambda: dv.push(dict(a=1), target=0)),
    ("dv.pull", lambda: dv.pull('a', blok=True)),
    ("dv.scatter", lambda: dv.scatter('a', [1, 2], flaten=True)),
    ("dv.gather", lambda: dv.gather('a', flatten=True)),
    ("dv.execute", lambda: dv.execute('a = 1', sillent=True)),
    ("rc.wait", lambda: rc.wait(timout=1)),
    ("rc.abort", lambda: rc.abort(job=None)),
    ("rc.queue_status", lambda: rc.queue_status(verbos=True)),
    ("rc.load_balanced_view", lambda: rc.load_balanced_view(target=0)),
    ("rc.wait_for_engines", lambda: rc.wait_for_engines(2, time_out=1)),
    ("lv.imap", lambda: lv.imap(f, [1], chunksize=2)),
    ("dv.update", lambda: dv.update(dict(a=1), block=True)),
    ("dv.get", lambda: dv.get('a', block=True)),
    ("dv.clear", lambda: dv.clear(target=0)),
    ("dv.sync_imports", lambda: dv.sync_imports(quite=True)),
    ("dv.wait", lambda: dv.wait(timout=1)),
    ("ar.get", lambda: dv.apply_async(f, 1).get(timout=1)),
    ("ar.wait", lambda: dv.apply_async(f, 1).wait(timout=1)),
    ("ar.get_dict", lambda: dv.apply_async(f, 1).get_dict(timout=1)),
    ("ar.result", lambda: dv.apply_async(f, 1).result(timout=1)),
    ("lv.map_async block", lambda: lv.map_async(f, [1], block=True)),
]
for name, call in calls:
    try:
        call()
        print(name, "ran")
    except TypeError as e:
        print(name, "TypeError:", e)
    except KeyError as e:
        print(name, "KeyError:", e)
