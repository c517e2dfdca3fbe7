import functools


def traced(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


def untraced(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@traced
def documented(a, b=2):
    """Add two numbers."""
    return a + b


@untraced
def plain():
    """Plain docstring."""


print(documented.__name__, documented.__doc__, documented(1))
print(plain.__name__, plain.__doc__)
print(documented.__wrapped__(5, 5), documented.__wrapped__.__name__)
print(documented.__qualname__, documented.__module__)
