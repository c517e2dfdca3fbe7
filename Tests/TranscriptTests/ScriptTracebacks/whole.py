# No markers when the failing span is the whole line: a statement that is one call, a raise, a bare name.
def check(n):
    if n > 2:
        raise ValueError(f"too big: {n}")
    return n


def run(items):
    for item in items:
        check(item)


run([1, 2, 3])
