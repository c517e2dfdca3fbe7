import json
text = '{"name": "x", "values": [1, 2.5, -3e2, true, false, null], "nested": {"k": "\\u00e9\\n"}}'
obj = json.loads(text)
print(obj)
print(type(obj["values"][0]).__name__, type(obj["values"][1]).__name__, type(obj["values"][2]).__name__)
print(json.loads("123456789012345678901234567890"), json.loads('"\\ud83d\\ude00"') == "\U0001F600")
print(json.loads("[]"), json.loads(" {} "), json.loads('"s"'), json.loads("null"), json.loads("1.0"), json.loads("-0"))
print(json.loads('{"a": 1, "a": 2}'), json.loads("NaN") != json.loads("NaN"), json.loads("Infinity"))
print(json.loads(json.dumps({"round": [1, "trip", None, 2.5]})))
for bad in ["{'single': 1}", "[1, 2,]", "", "[1] x", '{"a" 1}', "tru"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
print(issubclass(json.JSONDecodeError, ValueError))
