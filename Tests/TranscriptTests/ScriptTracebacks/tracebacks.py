# Traceback objects: e.__traceback__ and its tb_next chain, tb_lineno, tb_frame.f_code.co_name, and the
# traceback module's format_exception, format_exc, print_exc, extract_tb and format_tb, with chained exceptions.
import sys
import traceback


def inner(values, index):
    return values[index] * 2


def outer(values):
    total = inner(values, 0)
    return total + inner(values, 5)


try:
    outer([1, 2, 3])
except IndexError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    while tb.tb_next is not None:
        tb = tb.tb_next
        print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_frame.f_lineno)
    print("".join(traceback.format_exception(e)), end="")
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)), end="")
    print(traceback.format_exc(), end="")
    traceback.print_exc(file=sys.stdout)
    for frame in traceback.extract_tb(e.__traceback__):
        print(frame.filename.split("/")[-1], frame.lineno, frame.name, frame.line)
    print("".join(traceback.format_tb(e.__traceback__)), end="")
    print(traceback.format_exception_only(type(e), e))
    print(len(traceback.extract_tb(e.__traceback__, limit=2)))


def convert(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad number") from e


try:
    convert("x")
except RuntimeError as e:
    traceback.print_exc(file=sys.stdout)
    print(e.__cause__.__traceback__.tb_lineno)

try:
    try:
        {}["k"]
    except KeyError:
        1 / 0
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
    print(sys.exc_info()[2].tb_lineno)



def numbers():
    try:
        yield 1
        yield int("two")
    except ValueError as e:
        yield [e.__traceback__.tb_lineno, e.__traceback__.tb_frame.f_code.co_name]


print(list(numbers()))
print(ValueError("fresh").__traceback__)
outer([4])
