# Single and multiple inheritance, C3 MRO, super() in all its forms.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area():.2f}"

class Rect(Shape):
    sides = 4
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, "square")

class Circle(Shape):
    def __init__(self, r):
        super(Circle, self).__init__("circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

for s in [Rect(2, 3), Square(4), Circle(1)]:
    print(s.describe(), isinstance(s, Rect), type(s).__mro__[1].__name__)
try:
    Shape("x").area()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))

class A:
    def f(self): return ["A"]
class B(A):
    def f(self): return ["B"] + super().f()
class C(A):
    def f(self): return ["C"] + super().f()
class D(B, C):
    def f(self): return ["D"] + super().f()
class E(C, B):
    pass
print(D().f(), [k.__name__ for k in D.mro()])
print(E().f(), [k.__name__ for k in E.__mro__])

class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Top(K1, K2, K3): pass
print([k.__name__ for k in Top.__mro__])

class Mixin:
    def greet(self):
        return "hello from " + self.label()
class Named:
    def label(self):
        return type(self).__name__
class Both(Mixin, Named):
    pass
print(Both().greet())

class Base:
    def __init__(self):
        self.log = ["Base"]
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Diamond")
print(Diamond().log)

class Parent:
    @classmethod
    def create(cls):
        return cls()
    @classmethod
    def kind(cls):
        return cls.__name__
class Kid(Parent):
    @classmethod
    def kind(cls):
        return "kid of " + super().kind()
print(type(Kid.create()).__name__, Kid.kind(), Kid().kind())

class Greeter:
    def __init__(self, greeting="hi"):
        self.greeting = greeting
class Loud(Greeter):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.greeting = self.greeting.upper()
print(Loud(greeting="hey").greeting, Loud().greeting)
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(D, (C, int)))
print(Square.__base__.__name__, [b.__name__ for b in D.__bases__])
