import os
import tempfile
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.csv")
    rows = [("name", "score"), ("ann", 91), ("bob", 78), ("cid", 85)]
    with open(path, "w") as f:
        for row in rows:
            f.write(",".join(map(str, row)) + "\n")
    with open(path) as f:
        header = f.readline().strip().split(",")
        data = [dict(zip(header, line.strip().split(","))) for line in f]
    print(header, data)
    print(sum(int(d["score"]) for d in data) / len(data))
    print(sorted(os.listdir(tmp)), os.path.isdir(tmp), os.path.isfile(path))
print(os.path.exists(tmp))
