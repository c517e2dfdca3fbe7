# A subscript fails: `~` under the container, `^` under the brackets and index; a call marks its whole span.
def lookup(table, key):
    return table[key] * 2


def outer(rows):
    first = rows[0]
    return lookup(first, "missing") + 1


data = [{"present": 1}]
print(outer(data))
