def add_greeting(cls):
    cls.greet = lambda self: f"hi from {type(self).__name__}"
    return cls


def count_instances(cls):
    original = cls.__init__
    cls.instances = 0

    def init(self, *args, **kwargs):
        cls.instances += 1
        original(self, *args, **kwargs)

    cls.__init__ = init
    return cls


plugins = []


def plugin(cls):
    plugins.append(cls.__name__)
    return cls


@plugin
@count_instances
@add_greeting
class Widget:
    def __init__(self, name):
        self.name = name


@plugin
class Gadget:
    pass


w = Widget("a")
Widget("b")
print(w.greet(), w.name, Widget.instances, plugins)
