# Raising again: a bare `raise` keeps the traceback of the exception it re-raises (its frame shows the line
# that raised, not the `raise`); `raise e` goes on from e's traceback, adding the line of the `raise`.
import sys
import traceback


def divide(a, b):
    return a / b


def bare():
    try:
        result = divide(1, 0)
    except ZeroDivisionError:
        print("caught, raising again")
        raise
    return result


def stored():
    try:
        divide(2, 0)
    except ZeroDivisionError as e:
        error = e
    raise error


def handler_helper():
    raise


def from_helper():
    try:
        divide(3, 0)
    except ZeroDivisionError:
        handler_helper()


def caught_again():
    try:
        try:
            divide(4, 0)
        except ZeroDivisionError:
            raise
    except ZeroDivisionError as e:
        print("caught again at line", e.__traceback__.tb_lineno)
        raise


for case in [bare, stored, from_helper, caught_again]:
    try:
        case()
    except ZeroDivisionError:
        traceback.print_exc(file=sys.stdout)


def again(e):
    raise e


try:
    divide(5, 0)
except ZeroDivisionError as first:
    again(first)
