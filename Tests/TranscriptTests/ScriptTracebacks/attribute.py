# An attribute access fails in a method called through an attribute; nested calls mark the inner call.
class Point:
    def __init__(self, x):
        self.x = x

    def norm(self):
        return abs(self.x) + self.y


def describe(p):
    return str(round(p.norm(), 2))


p = Point(3)
text = describe(p)
