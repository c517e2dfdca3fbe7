class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, x, *, offset=0):
        self.calls += 1
        return self.k * x + offset


triple = Multiplier(3)
print(triple(5), triple(2, offset=1), triple.calls)
print(list(map(triple, [1, 2, 3])), triple.calls)
print(callable(triple), callable(Multiplier), callable(3), callable(len), callable(lambda: 0))
print(sorted([3, 1, 2], key=Multiplier(-1)))


class Plain:
    pass


try:
    Plain()()
except TypeError as e:
    print("TypeError:", e)
