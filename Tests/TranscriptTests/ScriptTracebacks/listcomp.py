# An error inside list comprehensions nested in a function: each comprehension is a frame of its own.
def inverses(rows):
    return [[1 / x for x in row]
            for row in rows]


print(inverses([[1, 2]]))
print(inverses([[1], [0]]))
