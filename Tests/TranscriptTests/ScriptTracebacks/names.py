# A name error in an expression, a failing comparison and a call of a builtin with a bad argument.
def parse(text):
    return int(text) + 1


def compare(a, b):
    return a < b


print(parse("12"))
try:
    compare(1, "x")
except TypeError as e:
    print("TypeError:", e)
value = parse("12") + parse("x1")
