# traceback.TracebackException: captured from an exception, it formats as format_exception does (chains
# included), gives the exception-only line, its stack as a StackSummary, its type and message, and prints.
import sys
import traceback


def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise RuntimeError("cannot load " + repr(text)) from e


try:
    load("x1")
except RuntimeError as error:
    captured = traceback.TracebackException.from_exception(error)
    same = traceback.TracebackException(type(error), error, error.__traceback__)
    kept = error

print(captured.exc_type.__name__, str(captured))
print(captured == same)
print("".join(captured.format()), end="")
print("".join(captured.format(chain=False)), end="")
print(list(captured.format_exception_only()))
print([(frame.name, frame.lineno, frame.line) for frame in captured.stack])
print(type(captured.stack).__name__, len(captured.stack))
print(captured.__cause__.exc_type.__name__, str(captured.__cause__))
print(captured.__context__, captured.__suppress_context__)
print("".join(traceback.TracebackException.from_exception(kept, limit=1).format()), end="")
captured.print(file=sys.stdout)
try:
    {}["missing"]
except KeyError as e:
    only = traceback.TracebackException.from_exception(e)
    print("".join(only.format_exception_only()), end="")
    print(only.stack.format()[0], end="")
    print(str(only), only.exc_type is KeyError)
captured.print(file=sys.stdout, chain=False)
load("x2")
