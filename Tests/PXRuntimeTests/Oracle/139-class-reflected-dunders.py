class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        print("radd with", other)
        return self.__add__(other)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __rmul__(self, k):
        return Money(self.cents * k * 1)

    def __rsub__(self, other):
        return Money(other - self.cents)

    def __rtruediv__(self, other):
        return other / self.cents

    def __rpow__(self, other):
        return other ** self.cents


m = Money(5)
print(m + 1, 1 + m)
print(3 * m, m * 3, 10 - m, 10 / Money(4), 2 ** Money(10))
print(sum([Money(1), Money(2), Money(3)]))


class Left:
    def __add__(self, other):
        return "Left.__add__"


class Right:
    def __radd__(self, other):
        return "Right.__radd__"


class SubRight(Left):
    def __radd__(self, other):
        return "SubRight.__radd__ wins"


print(Left() + Right(), 1 + Right(), Left() + SubRight())
try:
    Right() + Left()
except TypeError as e:
    print("TypeError:", e)
