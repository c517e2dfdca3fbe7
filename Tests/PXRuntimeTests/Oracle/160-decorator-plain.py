def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper


@shout
def greet(name, punctuation=""):
    return f"hello {name}{punctuation}"


print(greet("ann"), greet("bob", punctuation="?"))
print(greet.__name__)
calls = []


def logged(func):
    def wrapper(*args):
        calls.append((func.__name__, args))
        return func(*args)
    return wrapper


@logged
def add(a, b):
    return a + b


print(add(1, 2), add(3, 4), calls)


def identity(func):
    print("decorating", func.__name__)
    return func


@identity
def f():
    return "f body"


print(f())


def replace_with_value(func):
    return 42


@replace_with_value
def gone():
    pass


print(gone)
