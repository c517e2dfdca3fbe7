class Query:
    def __init__(self, rows):
        self.rows = rows

    def where(self, pred):
        return Query([r for r in self.rows if pred(r)])

    def order_by(self, key, reverse=False):
        return Query(sorted(self.rows, key=key, reverse=reverse))

    def select(self, *cols):
        return Query([{c: r[c] for c in cols} for r in self.rows])

    def limit(self, n):
        return Query(self.rows[:n])

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)


people = [{"name": n, "age": a, "city": c} for n, a, c in
          [("ann", 31, "Oslo"), ("bob", 25, "Rome"), ("cid", 42, "Oslo"), ("dee", 19, "Lima")]]
q = Query(people).where(lambda r: r["age"] > 20).order_by(lambda r: r["age"], reverse=True).select("name", "city")
for row in q:
    print(row)
print(len(q), len(Query(people).limit(2)), [r["name"] for r in Query(people).order_by(lambda r: r["city"])])
