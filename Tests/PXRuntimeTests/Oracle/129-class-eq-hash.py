class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)


print(Key(1) == Key(1), Key(1) != Key(2), Key(1) == 1)
d = {Key("a"): 1}
d[Key("a")] = 2
print(len(d), d[Key("a")], Key("a") in d)
print(len({Key(1), Key(1), Key(2)}))


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(EqOnly(1) == EqOnly(1), EqOnly.__hash__)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


p = Plain()
print(p == p, p == Plain(), p != Plain(), len({p, p}))
