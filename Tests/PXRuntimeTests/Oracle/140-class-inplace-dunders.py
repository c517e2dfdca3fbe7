class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __isub__(self, x):
        self.items.remove(x)
        return self

    def __imul__(self, k):
        self.items = self.items * k
        return self


a = Acc()
alias = a
a += 1
a += 2
a -= 1
a *= 2
print(a.items, alias is a)


class Immutable:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Immutable(self.v + o)


x = Immutable(1)
y = x
x += 5
print(x.v, y.v, x is y)
lst = [1]
alias = lst
lst += [2]
print(alias)
t = (1,)
ta = t
t += (2,)
print(t, ta)
