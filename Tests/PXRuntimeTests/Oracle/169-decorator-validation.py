def validated(check, message):
    def decorate(func):
        def wrapper(*args):
            for a in args:
                if not check(a):
                    raise TypeError(f"{func.__name__}: {message}: {a!r}")
            return func(*args)
        wrapper.__name__ = func.__name__
        return wrapper
    return decorate


@validated(lambda a: isinstance(a, int), "expected int")
def add(a, b):
    return a + b


print(add(2, 3), add.__name__)
try:
    add(2, "3")
except TypeError as e:
    print("TypeError:", e)
make_upper = lambda f: (lambda *a: f(*a).upper())


@make_upper
def name():
    return "swift"


print(name())
