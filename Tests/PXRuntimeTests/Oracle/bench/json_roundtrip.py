# A json round trip: build nested records, dump them (plain, indented, sorted) and load them back.
import json


def make_records(n):
    records = []
    for i in range(n):
        records.append({
            "id": i,
            "name": "user%05d" % i,
            "active": i % 3 != 0,
            "score": round(i * 0.37 % 100, 3),
            "tags": ["t%d" % (i % 7), "g%d" % (i % 5)],
            "address": {"street": "%d Main St" % (i % 900), "zip": "%05d" % (i * 7 % 100000), "geo": [i % 90, -(i % 180)]},
            "manager": None if i % 10 == 0 else i // 10,
        })
    return records


records = make_records(6000)
text = json.dumps(records)
pretty = json.dumps(records, indent=2, sort_keys=True)
compact = json.dumps(records, separators=(",", ":"))
print(len(text), len(pretty), len(compact))
back = json.loads(text)
print(back == records, json.loads(pretty) == records, json.loads(compact) == records)
total = 0
for _ in range(3):
    total += len(json.dumps(json.loads(compact)))
print(total, sum(r["score"] for r in back), back[4321]["address"])
