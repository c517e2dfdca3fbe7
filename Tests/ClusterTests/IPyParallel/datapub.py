# publish_data on the engines and ar.data on the client: each published dict updates the task's data
import ipyparallel as ipp

rc = ipp.Client()
dv = rc[:]


def progress(n):
    from ipyparallel.datapub import publish_data

    for i in range(n):
        publish_data({'step': i, 'square': i * i})
    publish_data({'done': True})
    return n


ar = rc[0].apply_async(progress, 3)
print(ar.get())
print(ar.data)
print(ar['data'])
print(ar.metadata['data'])
ar = dv.apply_async(progress, 2)
ar.get()
print(ar.data)
ar = dv.apply_async(lambda: 1)
ar.get()
print(ar.data)

lv = rc.load_balanced_view()


def tagged(x):
    from ipyparallel.datapub import publish_data

    publish_data({'x': x, 'label': 'item %d' % x})
    return x * 10


ar = lv.map_async(tagged, range(4))
print(ar.get())
print(sorted(d['label'] for d in ar.data))


def bad():
    from ipyparallel.datapub import publish_data

    publish_data({'before': 1})
    return 1 / 0


ar = rc[1].apply_async(bad)
ar.wait()
print(ar.data, ar.successful())
