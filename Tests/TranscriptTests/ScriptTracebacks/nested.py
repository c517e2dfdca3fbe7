# Nested calls across several frames, a multi-line call and a name error at the end of a long line.
def leaf(values):
    return values[len(values)]


def middle(values):
    total = sum(values) + leaf(
        values)
    return total


def top():
    return middle([1, 2, 3])


print("before")
x = top() if True else undefined_name
