# User exception classes: hierarchy, args, str/repr, attributes, chaining.
class AppError(Exception):
    """Base of the application's errors."""
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key
class Invalid(AppError, ValueError):
    pass
class Custom(Exception):
    def __str__(self):
        return "custom text"

for exc in [AppError("plain"), NotFound("k"), Invalid("bad", 3), Custom(1, 2), AppError()]:
    try:
        raise exc
    except AppError as e:
        print("AppError:", type(e).__name__, e, repr(e), e.args)
    except Exception as e:
        print("Exception:", type(e).__name__, str(e), repr(e), e.args)

try:
    raise Invalid("both")
except ValueError as e:
    print("caught as ValueError", isinstance(e, AppError), type(e).__mro__[1].__name__)

try:
    raise NotFound("x")
except (KeyError, AppError) as e:
    print("tuple caught", e.key)

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise Invalid(f"not a number: {text}") from e
try:
    parse("abc")
except Invalid as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)

def context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise AppError("during")
try:
    context()
except AppError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)

try:
    try:
        raise KeyError("a")
    except KeyError as e:
        raise AppError("b") from None
except AppError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

class WithCode(Exception):
    def __init__(self, message, code=500):
        super().__init__(message)
        self.code = code
    def __repr__(self):
        return f"WithCode({self.args[0]!r}, code={self.code})"
e = WithCode("server", code=503)
print(e, repr(e), e.code, e.args)
try:
    raise WithCode
except WithCode as caught:
    print("raised class:", repr(caught))
except TypeError as err:
    print("TypeError:", err)

class Retry(Exception):
    pass
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise Retry(attempts)
        break
    except Retry as r:
        print("retry", r.args[0])
print("attempts", attempts)
print(issubclass(NotFound, Exception), issubclass(Invalid, (KeyError, ValueError)), NotFound.__doc__, AppError.__doc__)
