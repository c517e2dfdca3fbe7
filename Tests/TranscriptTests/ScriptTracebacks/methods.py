# A method call whose method does not exist is marked at `receiver.name` (CPython marks the failed lookup); a
# method that raises marks the whole call.
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


for case in [missing_str_method, missing_module_function, missing_instance_method, failing_method,
             failing_builtin_method]:
    show(case)
items = [3, 1]
items.sort(key=len)
