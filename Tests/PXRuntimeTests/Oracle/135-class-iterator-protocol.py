class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "stop"))
try:
    next(c)
except StopIteration:
    print("StopIteration")
print(iter(c) is c, list(c))


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return Countdown(self.n)


r = Range2(3)
print(list(r), list(r), sum(r), max(r), [x * 10 for x in r])
print(list(zip(Range2(3), "abc")), dict(zip("xy", Countdown(2))))
for i, v in enumerate(Countdown(2)):
    print(i, v)


class NotIterable:
    pass


try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in NotIterable():
        pass
except TypeError as e:
    print("TypeError:", e)
