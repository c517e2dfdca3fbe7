import json
data = {"b": [1, 2, {"z": 1, "a": 2}], "a": {"nested": True, "empty": [], "none": {}}, "c": "text"}
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps([1, [2, 3]], indent="\t"))
print(json.dumps({"a": 1, "b": 2}, separators=(", ", " = ")), json.dumps([1, 2], indent=0))
