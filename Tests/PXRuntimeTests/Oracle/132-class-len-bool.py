class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


print(len(Bag(1, 2, 3)), bool(Bag()), bool(Bag(0)))
if not Bag():
    print("empty bag is falsy")
print(bool(Flag(True)), bool(Flag(False)), "yes" if Flag(1 == 1) else "no")
print([x for x in [Flag(True), Flag(False), Bag(), Bag(1)] if x].__len__())
print(Flag(False) or "fallback", Bag(1) and "both")


class Plain:
    pass


print(bool(Plain()))


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
