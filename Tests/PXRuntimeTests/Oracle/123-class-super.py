class Base:
    def __init__(self, value):
        print("Base.__init__", value)
        self.value = value

    def show(self):
        return f"Base({self.value})"


class Middle(Base):
    def __init__(self, value, extra):
        super().__init__(value * 2)
        print("Middle.__init__", extra)
        self.extra = extra

    def show(self):
        return "Middle+" + super().show()


class Leaf(Middle):
    def __init__(self):
        super().__init__(5, "x")

    def show(self):
        return "Leaf+" + super().show()


leaf = Leaf()
print(leaf.value, leaf.extra, leaf.show())
print(super(Leaf, leaf).show(), super(Middle, leaf).show())


class Greeter:
    @classmethod
    def make(cls):
        return cls.__name__

    def hello(self):
        return "hello"


class LoudGreeter(Greeter):
    @classmethod
    def make(cls):
        return "Loud:" + super().make()

    def hello(self):
        return super().hello().upper()


print(LoudGreeter.make(), LoudGreeter().hello())
