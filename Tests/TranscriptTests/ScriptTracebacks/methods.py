# A method call whose method does not exist is marked at `receiver.name` (CPython marks the failed lookup, made
# before the arguments are evaluated), as is an error raised by what the lookup runs (`__getattr__`, a property's
# getter); a method that raises marks the whole call.
import math
import sys
import traceback


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)


class Box:
    def __init__(self):
        self.lid = None

    def open(self):
        return self.lid.strip()


class Dynamic:
    def __getattr__(self, name):
        raise AttributeError(f"Dynamic has no {name}")

    @property
    def handler(self):
        return self.lid.strip


def missing_str_method():
    text = "abc"
    return text.nosuch(1) + "!"


def missing_module_function():
    return math.nosuch(2) * 2


def missing_instance_method():
    return Box().close() or 1


def failing_method():
    return Box().open() + "!"


def failing_builtin_method():
    words = ["b", "a"]
    return words.index("c") + 1


def getattr_raises():
    return Dynamic().meth(print("never printed")) + 1


def getter_raises():
    return Dynamic().handler(print("never printed")) + 1


def missing_with_keywords():
    return Box().close(key=print("never printed"), other=2) or 1


def missing_with_arguments():
    return math.nosuch(print("never printed"), 2, 3) * 2


def missing_super_method():
    class Lid(Box):
        def open(self):
            return super().shut(print("never printed")) or 1

    return Lid().open()


def failing_call_after_lookup():
    return Box().open(print("printed before the call fails")) or 1


for case in [missing_str_method, missing_module_function, missing_instance_method, failing_method,
             failing_builtin_method, getattr_raises, getter_raises, missing_with_keywords, missing_with_arguments,
             missing_super_method, failing_call_after_lookup]:
    show(case)
items = [3, 1]
items.sort(key=len)
