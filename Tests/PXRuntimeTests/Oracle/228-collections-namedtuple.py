from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p == (3, 4), len(p), list(p))
x, y = p
print(x + y, p._asdict(), p._replace(y=10), Point._fields, Point._make([5, 6]))
Color = namedtuple("Color", "red green blue", defaults=[0])
print(Color(1, 2), Color(1, 2, 3), Color._field_defaults)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
print(isinstance(p, tuple), type(p).__name__, hash(p) == hash((3, 4)))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
