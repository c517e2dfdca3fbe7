def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ada"))
print(greet("Ada", "Hi"))
print(greet("Ada", punct="?"))
print(greet(punct=".", name="Bob", greeting="Yo"))

def no_return():
    pass

print(no_return())

def early(x):
    if x < 0:
        return "negative"
    return

print(early(-1), early(1))

def multi():
    return 1, "two", 3.0

r = multi()
print(r, type(r).__name__)
a, b, c = multi()
print(a, b, c)

def default_evaluated_once(item, bucket=[]):
    bucket.append(item)
    return bucket

print(default_evaluated_once(1))
print(default_evaluated_once(2))
print(default_evaluated_once(3, []))

N = 5
def uses_default(v=N):
    return v
N = 6
print(uses_default(), N)

def documented(x):
    "A docstring."
    return x * 2

print(documented(21))
print(greet.__name__, documented.__name__)
fn = greet
print(fn("alias"))
funcs = [greet, documented]
print([f.__name__ for f in funcs])
