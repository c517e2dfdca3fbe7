import json
data = {"name": "swift", "version": 6.3, "tags": ["fast", "safe"], "stable": True, "extra": None, "count": 42}
print(json.dumps(data))
print(json.dumps([1, "two", 3.0, [], {}, False]))
print(json.dumps("quote\" backslash\\ newline\n tab\t unicode \u00e9 \u4e2d"))
print(json.dumps("\u00e9", ensure_ascii=False), json.dumps({"k": "\u2603"}))
print(json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(2 ** 70), json.dumps(float("inf")))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))
print(json.dumps((1, 2)), json.dumps({"nested": {"a": [1, {"b": None}]}}))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
