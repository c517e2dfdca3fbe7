# oracle: script — blank lines inside triple-quoted strings, as swiftpx run reads the file
"""A module docstring.

It has a blank line, as 9 of ipyparallel's 14 example scripts do.
"""
text = """first

third"""
print(text)
print(len(text.splitlines()))


def f():
    """Docstring.

    More after a blank line.
    """
    return "f ran"


print(f())
s = '''a


b'''
print(repr(s))
print("done")
