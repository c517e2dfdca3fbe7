# Sorting with key functions: lambdas, tuples, str.lower, multiple passes (stability), reverse.
def make_records(n):
    state = 12345
    first = ["ann", "Bob", "cid", "Dee", "eve", "Fay", "gus", "Hal"]
    cities = ["Oslo", "rome", "Lima", "kyiv", "Cairo", "perth"]
    records = []
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        records.append({"id": i, "name": first[state % 8] + str(state % 1000), "city": cities[(state >> 8) % 6],
                        "age": 18 + (state >> 12) % 60, "score": ((state >> 4) % 10000) / 100})
    return records


records = make_records(45000)
by_age = sorted(records, key=lambda r: r["age"])
print(by_age[0]["age"], by_age[-1]["age"], by_age[0]["id"], by_age[-1]["id"])
by_city_score = sorted(records, key=lambda r: (r["city"].lower(), -r["score"], r["id"]))
print([(r["city"], r["score"], r["id"]) for r in by_city_score[:3]])
names = sorted((r["name"] for r in records), key=str.lower)
print(names[:3], names[-2:])
stable = sorted(records, key=lambda r: r["score"])
stable.sort(key=lambda r: r["city"])
print([(r["city"], r["score"]) for r in stable[:4]])
top = sorted(records, key=lambda r: r["score"], reverse=True)[:5]
print([r["id"] for r in top])
numbers = [(i * 7919) % 100003 for i in range(150000)]
print(sorted(numbers)[::30000], sorted(numbers, key=lambda x: (x % 10, x))[:5])
