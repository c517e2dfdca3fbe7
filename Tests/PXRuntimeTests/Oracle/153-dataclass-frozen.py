from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float


c = Coord(1.5, 2.5)
print(c, hash(c) == hash(Coord(1.5, 2.5)))
try:
    c.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del c.lon
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(isinstance(FrozenInstanceError(), AttributeError))
seen = {c, Coord(1.5, 2.5), Coord(0.0, 0.0)}
print(len(seen), {c: "here"}[Coord(1.5, 2.5)])


@dataclass
class Mutable:
    v: int


try:
    {Mutable(1)}
except TypeError as e:
    print("TypeError:", e)


@dataclass(eq=False)
class Identity:
    v: int


a = Identity(1)
print(a == Identity(1), a == a, len({a, a}))
