from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0
    label: str = "p"


p = Point(1, 2)
print(p)
print(Point(5), Point(x=3, label="q"), Point(1, 2) == p, Point(1, 3) == p)
p.x = 10
print(p, p.x)
print([Point(i) for i in range(2)])
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, "a", 4)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty())
