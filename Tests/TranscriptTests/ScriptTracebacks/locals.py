# A local read before assignment is marked at its name, wherever it is read: an operand of `local + k`, of a
# comparison with a constant, an argument, an index, a receiver; a free variable likewise.
import sys
import traceback


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)


def helper(value):
    return value


def operand():
    y = count + 1 if True else 0
    count = 2
    return y


def comparison():
    if limit < 5 or True:
        print("small")
    limit = 1


def argument():
    result = helper(later) + 1
    later = 1
    return result


def index():
    values = [1, 2]
    total = values[position] * 2
    position = 0
    return total


def receiver():
    size = text.upper() + "!"
    text = "a"
    return size


def augmented():
    counter += 1


def free():
    def inner():
        return captured * 2
    result = inner()
    captured = 1
    return result


for case in [operand, comparison, argument, index, receiver, augmented, free]:
    show(case)


def late():
    total = 0
    for step in range(3):
        total = total + step
    return total + missing


def missing_later():
    print(late())
    missing = 1


missing_later()
