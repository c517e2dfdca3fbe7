import json
from collections import OrderedDict
print(json.loads('{"b": 1, "a": [1.5, 2]}', object_pairs_hook=OrderedDict))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.25, 10, "s"]', parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 2))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.dumps({"k": object()}, default=lambda o: "<obj>"), json.dumps([1, {2, 3}], default=sorted))
print(json.dumps({"a": 1, "b": [1, 2]}, indent=True), json.dumps({(1, 2): 3, "x": 4}, skipkeys=True))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent=1, separators=(",", "=")))
print(json.dumps("\u2603 \U0001F600 \x00 \x1f \x7f"), json.dumps("\U0001F600\x7f", ensure_ascii=False))
print(json.dumps(3.0), json.dumps(1e-7), json.dumps(123456789.125), json.dumps([-1.5e300, 5e-324]))
print(json.dumps(True), json.dumps(None), json.dumps("é"), json.dumps([]), json.dumps({}), json.dumps(()))
print(json.JSONEncoder(sort_keys=True).encode({"z": 1, "y": 2}), json.JSONDecoder().decode(" [1] "))
print(json.JSONDecoder().raw_decode('{"a": 1} tail'), json.loads(b'{"bytes": true}'))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)
print(json.dumps([Point(1, 2)], cls=PointEncoder))
loop = []
loop.append(loop)
for thing in [loop, {1: Point(0, 0)}]:
    try:
        json.dumps(thing)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
for bad in ['{"a": 1,}', '[1 2]', '"abc', '"bad \\x escape"', '"\\u12"', '{"a"}', '[', '{', '  ', '"a\nb"',
            '1.', '-', '01', '[1,]', 'nul', '{"a":1}}', '\ufeff[]', '\n\n  [1, }']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
