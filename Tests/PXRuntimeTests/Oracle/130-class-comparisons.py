class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __gt__(self, other):
        return self.parts > other.parts

    def __ge__(self, other):
        return self.parts >= other.parts


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
vs = [Version(2, 0), Version(1, 10), Version(1, 2, 3), Version(1, 2)]
print(sorted(vs), max(vs), min(vs))
print(sorted(vs, reverse=True))
print(Version(1) < Version(2) < Version(3))


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


print(OnlyLt(1) > OnlyLt(0), [o.v for o in sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)])])
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
try:
    Version(1) < 3
except AttributeError as e:
    print("AttributeError:", e)
