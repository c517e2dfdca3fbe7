x = "global"


class Scope:
    x = "class"
    y = x + " body"
    doubled = [n * 2 for n in range(3)]

    def method(self):
        return x

    def method_self(self):
        return self.x


s = Scope()
print(Scope.y, s.method(), s.method_self(), Scope.doubled)


class Counter:
    total = 0
    for i in range(4):
        total += i
    del i


print(Counter.total, hasattr(Counter, "i"))


def factory(n):
    class Local:
        value = n

        def get(self):
            return self.value * 2

    return Local


L3 = factory(3)
print(L3().get(), factory(5)().get(), L3.__name__)


class Outer:
    class Inner:
        def hello(self):
            return "inner"

    def make(self):
        return self.Inner()


print(Outer().make().hello(), Outer.Inner.__qualname__)
