def total(*nums):
    return sum(nums)

print(total(), total(1), total(1, 2, 3))

def describe(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, kwargs)

print(describe())
print(describe(1, "a"))
print(describe(x=1, y=[2]))
print(describe(1, 2, z=3))

def kwonly(a, *, sep="-", end="."):
    return sep.join(a) + end

print(kwonly(["x", "y"]))
print(kwonly(["x", "y"], sep="+"))
print(kwonly(["x", "y"], end="!", sep=""))

def after_star(a, *rest, flag=False, **opts):
    return a, rest, flag, opts

print(after_star(1))
print(after_star(1, 2, 3, flag=True, color="red"))

def required_kw(*, must):
    return must * 2

print(required_kw(must=21))

def forward(*args, **kwargs):
    return describe(*args, **kwargs)

print(forward(9, k="v"))

def count_kwargs(**kw):
    return len(kw), list(kw.keys()), list(kw.values())

print(count_kwargs(b=2, a=1, c=3))
options = {"sep": ", ", "end": "\n"}
print("x", "y", **options)
print(*[1, 2, 3], sep=" | ")
print(*"abc")
def mix(a, b=2, *c, d, e=5, **f):
    return [a, b, c, d, e, f]
print(mix(1, d=4))
print(mix(1, 2, 3, d=4, e=6, g=7))
try:
    mix(1)
except TypeError as e:
    print("TypeError", e)
try:
    kwonly(["a"], bogus=1)
except TypeError as e:
    print("TypeError", e)
