class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__} {self.name}: {self.speak()}"


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"


class Cat(Animal):
    sound = "meow"

    def __init__(self, name, indoor):
        Animal.__init__(self, name)
        self.indoor = indoor


for a in [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom", True)]:
    print(a.describe())
c = Cat("kit", False)
print(c.indoor, isinstance(c, Animal), isinstance(c, Dog), issubclass(Puppy, Animal))
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__, [k.__name__ for k in Puppy.__mro__])
