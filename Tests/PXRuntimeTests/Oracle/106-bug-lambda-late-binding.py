fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
hs = []
for j in range(3):
    hs.append(lambda: j * 10)
print([h() for h in hs])
def make(n):
    return lambda x: x + n
adders = [make(n) for n in range(3)]
print([a(10) for a in adders])
print([f() for f in (lambda: k for k in "ab")])
ds = {k: (lambda: k) for k in "xyz"}
print({k: v() for k, v in ds.items()})
