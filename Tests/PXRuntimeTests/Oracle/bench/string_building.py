# String building and joining: +=, join, formatting, splitting and replacing.


def build_report(rows):
    out = ""
    for i, (name, qty, price) in enumerate(rows):
        out += f"{i:05d} {name:<12}{qty:>6} x {price:8.2f} = {qty * price:10.2f}\n"
    return out


def csv_lines(n):
    return "\n".join(",".join(str(i * j % 97) for j in range(12)) for i in range(n))


rows = [("item%d" % (i % 500), i % 17 + 1, (i * 37 % 1000) / 10) for i in range(80000)]
report = build_report(rows)
print(len(report), report.count("\n"), report[:44])
csv = csv_lines(30000)
fields = [line.split(",") for line in csv.split("\n")]
print(len(csv), sum(int(f) for row in fields for f in row))
pieces = []
for i in range(100000):
    pieces.append(str(i))
joined = "-".join(pieces)
print(len(joined), joined[-20:], joined.replace("-", "").count("7"))
words = ("alpha beta gamma delta epsilon " * 20000).split()
caps = " ".join(w.capitalize() for w in words)
print(len(caps), caps.upper().count("A"), "%s|%s" % (caps[:17], caps[-7:]))
