class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p.x, p.y, p.norm2())
q = p.moved(1, -1)
print(q.x, q.y, p.x)
p.x = 10
p.label = "new attribute"
print(p.x, p.label, p.norm2())
print(type(p).__name__, type(p) is Point, Point.__name__)
print(isinstance(p, Point), isinstance(3, Point))
class Empty:
    pass
e = Empty()
e.a = 1
print(e.a, hasattr(e, "a"), hasattr(e, "b"), getattr(e, "b", "default"))
try:
    e.missing
except AttributeError as err:
    print("AttributeError:", err)
