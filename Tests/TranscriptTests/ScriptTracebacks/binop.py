# A binary operation fails inside a function called from a longer line: `~` under the operands, `^` under
# the operator; the caller's line marks the call.
def ratio(a, b):
    total = a + b
    return total / (b - b)


result = [ratio(1, 2)] + [0]
