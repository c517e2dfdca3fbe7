# json.dumps text byte for byte: escapes, ensure_ascii, sort_keys orders, indentation, floats, hooks.
import json
from collections import OrderedDict

controls = "".join(chr(c) for c in range(0, 32)) + "\x7f"
print(json.dumps(controls))
print(json.dumps(controls, ensure_ascii=False))
mixed = "caf\u00e9 \u4e2d\u6587 \U0001F600 \u2028 \ufeff end"
print(json.dumps(mixed))
print(json.dumps(mixed, ensure_ascii=False))
print(json.dumps({"k\"ey\\": "v", "\u00e9": 1, "\U0001F600": [mixed]}))
print(json.dumps({"b": 1, "a": 2, "\u00e9": 3, "Z": 4, "z": 5, "\U0001F600": 6, "aa": 7, "": 8}, sort_keys=True))
print(json.dumps({"b": {"y": 1, "x": [{"d": 1, "c": 2}]}, "a": []}, sort_keys=True, indent=3))
print(json.dumps({2: "two", 1: "one", 10: "ten"}, sort_keys=True))
try:
    json.dumps({1: "int", "a": "str"}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps([[], {}, [[]], [{}], {"a": {}}], indent=2))
print(json.dumps([1, [2, [3, [4]]]], indent="--", separators=(";", "=")))
print(json.dumps({"a": [1, 2], "b": None}, indent=0))
print(json.dumps([1e16, 1.5e-7, 123456789.123, 0.1 + 0.2, -1e-300, 1e308 * 10, -1e308 * 10, 2.0 ** 60]))
print(json.dumps([True, False, None, 0, -0, 2 ** 100, -(2 ** 64)]))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps((1, (2, 3))))


class Money(int):
    pass


class Label(str):
    pass


print(json.dumps([Money(5), Label("x\ny"), {Label("k"): Money(7)}]))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps({"when": Point(1, 2.5)}, default=lambda o: [o.x, o.y]))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}, "f": frozenset([9])}, cls=SetEncoder, sort_keys=True))
print(SetEncoder(indent=1).encode([{1}]))
try:
    json.dumps({"c": Point(1, 1)}, cls=SetEncoder)
except TypeError as e:
    print("TypeError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({(1, 2): "tuple key", "ok": 1}, skipkeys=True))
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
big = [{"id": i, "name": "n%d" % i, "vals": [i * 0.5, -i]} for i in range(300)]
text = json.dumps(big, indent=1, sort_keys=True)
print(len(text), text[-60:].replace("\n", "|"))
print(json.loads(text) == big, json.loads(json.dumps(mixed)) == mixed, json.loads(json.dumps(controls)) == controls)
