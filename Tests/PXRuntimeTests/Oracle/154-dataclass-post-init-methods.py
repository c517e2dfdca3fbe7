from dataclasses import dataclass, field


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError("negative side")
        self.area = self.w * self.h

    def scaled(self, k):
        return Rect(self.w * k, self.h * k)

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)


r = Rect(2, 3)
print(r, r.area, r.perimeter, r.scaled(2))
try:
    Rect(-1, 1)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Base:
    a: int
    b: int = 2


@dataclass
class Child(Base):
    c: int = 3


print(Child(1), Child(1, c=9), isinstance(Child(0), Base))


@dataclass(repr=False)
class Custom:
    x: int

    def __repr__(self):
        return f"<Custom {self.x}>"


print(Custom(4), [Custom(5)])
