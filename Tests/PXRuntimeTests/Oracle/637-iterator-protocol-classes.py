# User classes as iterables: __iter__ as a generator, __iter__/__next__ with StopIteration, the sequence
# protocol of __getitem__, __reversed__, and iter(callable, sentinel).


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


tree = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(tree), sum(tree), 3 in tree, max(tree))


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


c = Countdown(3)
print(list(c), list(c), next(iter(Countdown(5))))
print([v * 10 for v in Countdown(2)], dict(zip("ab", Countdown(2))))


class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(Squares()), list(enumerate(Squares())))


class Backwards:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)

    def __reversed__(self):
        return (v.upper() for v in reversed(self.items))


print(list(Backwards(["a", "b"])), list(reversed(Backwards(["a", "b"]))))


class Sized:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "xyz"[i]


print(list(reversed(Sized())))
numbers = iter([5, 6, 7, 0, 8])
print(list(iter(numbers.__next__, 0)), list(numbers))
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
