def repeat(times, sep=" "):
    def decorate(func):
        def wrapper(*args):
            return sep.join(func(*args) for _ in range(times))
        return wrapper
    return decorate


@repeat(3)
def word(w):
    return w


@repeat(times=2, sep="-")
def pair(a, b):
    return a + b


print(word("ha"), pair("x", "y"))


def tag(name):
    return lambda f: lambda *a: f"<{name}>{f(*a)}</{name}>"


@tag("b")
def bold(text):
    return text


print(bold("hi"))
registry = {}


def register(key):
    def decorate(func):
        registry[key] = func
        return func
    return decorate


@register("sq")
def square(x):
    return x * x


@register("neg")
def negate(x):
    return -x


print(sorted(registry), registry["sq"](7), registry["neg"](7), square(3))
