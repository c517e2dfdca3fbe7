class Counter:
    def __init__(self, start):
        self.n = start

    def add(self, k):
        self.n += k
        return self.n


c = Counter(10)
add = c.add
print(add(1), add(2), c.n)
print(list(map(c.add, [1, 1, 1])))
print(Counter.add(c, 100), c.n)
print(add.__self__ is c, add.__name__, Counter.add.__name__)
ops = {"inc": Counter(0).add}
print(ops["inc"](5), ops["inc"](5))
print(sorted(["b", "a"], key="ab".index))
m = [].append
print(type(m).__name__, type(c.add).__name__, type(Counter.add).__name__)
try:
    Counter.add(5)
except TypeError as e:
    print("TypeError:", e)
