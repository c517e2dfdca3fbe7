class Tracker:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow


with Tracker("a") as t:
    print("inside", t.name)
with Tracker("swallowing", swallow=True):
    raise ValueError("boom")
print("after swallowed error")
try:
    with Tracker("propagating"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with Tracker("outer") as o, Tracker("inner") as i:
    print("both", o.name, i.name)


def early():
    with Tracker("in function"):
        return "returned"


print(early())
for n in range(3):
    with Tracker(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
