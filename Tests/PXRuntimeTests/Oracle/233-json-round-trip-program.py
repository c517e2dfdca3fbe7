import json
records = []
for i in range(5):
    records.append({"id": i, "name": f"item{i}", "price": round(i * 1.25, 2), "tags": ["t%d" % j for j in range(i % 3)],
                    "active": i % 2 == 0, "parent": None if i == 0 else i - 1})
text = json.dumps(records, sort_keys=True)
print(len(text))
back = json.loads(text)
print(back == records, back[3])
pretty = json.dumps({"records": records[:2], "count": len(records)}, indent=2)
print(pretty)
print(sum(r["price"] for r in json.loads(pretty)["records"]))
