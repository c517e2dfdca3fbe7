class Meters:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, Meters):
            return NotImplemented
        return self.v == other.v

    def __lt__(self, other):
        if not isinstance(other, Meters):
            return NotImplemented
        return self.v < other.v

    def __add__(self, other):
        if not isinstance(other, Meters):
            return NotImplemented
        return Meters(self.v + other.v)


print(Meters(1) == Meters(1), Meters(1) == 1, Meters(1) != "x")
print((Meters(1) + Meters(2)).v)
try:
    Meters(1) + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + Meters(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Meters(1) < 2
except TypeError as e:
    print("TypeError:", e)
print(Meters(1) > Meters(0), Meters(2) > Meters(5))
print(NotImplemented, repr(NotImplemented))
