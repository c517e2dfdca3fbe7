print([])
print([1, 2, 3])
print([1, "a", 2.5, None, True, [1, [2]]])
print(())
print((1,))
print((1, 2))
t = 1, 2, 3
print(t)
print(((1, 2), (3,)))
print({})
print({"a": 1, "b": [1, 2], 3: "three", (1, 2): None, 2.5: True})
print({1, 2, 3})
print({3, 1, 2, 1})
print(set())
print({(1, 2)} == {(1, 2)})
print([1, 2,], (1, 2,), {1: 2,}, {1,})
print(type(()).__name__, type([]).__name__, type({}).__name__, type({1}).__name__)
a = [1, 2]
print([a, 3], (a,), [a] * 2)
x = {"k": 1}
y = {"k": 2, "z": 3}
print({**x, **y}, {**y, **x}, {**x, "new": 0})
print({"a": 1, "a": 2})
print(len([[], [], []]), [[]] * 2)
print([None], (None,), {None: None})
print(["quote's", 'dq"s'])
print({"nested": {"dict": {"deep": [1, (2, 3)]}}})
print(str([1, 2]), repr((1, 'a')), str({'x': 'y'}))
print([-0.0, 1e16, float('inf'), float('nan')])
print({1: 1.0, 2: 0.5})
e = []
e.append(e)
print(e)
dd = {}
dd["self"] = dd
print(dd)
