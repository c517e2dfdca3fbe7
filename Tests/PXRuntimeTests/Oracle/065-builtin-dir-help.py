import math

def scope_names():
    alpha = 1
    beta = [2]
    return dir()

print(scope_names())
print("sqrt" in dir(math), "pi" in dir(math), "nope" in dir(math))
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""), "add" in dir(set()))
print("pop" in dir([]), "pop" in dir(()))
names = [n for n in dir(math) if n in ("floor", "ceil", "sqrt", "gcd")]
print(names)
print(dir([]) == sorted(dir([])), dir(math) == sorted(dir(math)))

def area(width, height=1):
    "Return the area of a rectangle."
    return width * height

help(area)

def undocumented(x, *args, key=None, **kwargs):
    return x

help(undocumented)
print("after help")
