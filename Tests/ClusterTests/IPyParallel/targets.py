# targets= on push, pull, execute, scatter, gather, clear and the views' flags
import ipyparallel as ipp

rc = ipp.Client()
dv = rc[:]
dv.block = True
dv.push(dict(a=1))
dv.push(dict(b=5), targets=0)
print(dv.pull('b', targets=0))
print(dv.pull(['a', 'b'], targets=[0]))
try:
    dv.pull('b')
except ipp.CompositeError as e:
    print(type(e).__name__, e)
dv.execute('c = a + 10', targets=1)
print(dv.pull('c', targets=1))
dv.scatter('x', list(range(6)), targets=[1])
print(dv.pull('x', targets=1))
print(dv.gather('x', targets=1))
ar = dv.push(dict(d=3), targets=1, block=False)
print(type(ar).__name__, ar.get())
print(dv.pull('d', targets=[1], block=False).get())
print(rc[1]['d'])
dv.clear(targets=1)
try:
    rc[1]['a']
except ipp.RemoteError as e:
    print(type(e).__name__, e)
print(rc[0]['a'])
