def gen():
    yield 1


g = gen()
print(type(g).__name__, gen.__name__, type(g) is type(x for x in ""))
print(type(x for x in []).__name__, type(iter([])).__name__, type(iter(range(3))).__name__)
print(type(map(str, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__, type(filter(None, [])).__name__)
print(type(reversed([])).__name__, type(iter({})).__name__, type(iter(())).__name__)
print(hasattr(g, "__next__"), hasattr(g, "send"), hasattr([], "__next__"), hasattr([], "__iter__"))
