import functools


def retry(times, exceptions=(Exception,)):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as e:
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"{func.__name__} failed {times} times")
        return wrapper
    return decorate


state = {"n": 0}


@retry(3, exceptions=(ValueError,))
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"not yet ({state['n']})")
    return "ok on try %d" % state["n"]


print(flaky())


@retry(2)
def always():
    raise KeyError("never works")


try:
    always()
except RuntimeError as e:
    print("RuntimeError:", e)
