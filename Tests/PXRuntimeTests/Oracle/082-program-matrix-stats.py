def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))]
            for i in range(len(a))]

def transpose(m):
    return [list(row) for row in zip(*m)]

A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
print(matmul(A, B))
print(transpose(A))
I = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matmul(matmul(A, B), I) == matmul(A, B))

def mean(xs):
    return sum(xs) / len(xs)

def variance(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / len(xs)

data = [2.5, 3.1, 4.7, 1.2, 9.9, 5.5, 3.3]
print(mean(data), variance(data), variance(data) ** 0.5)
print("mean=%.4f var=%.4f" % (mean(data), variance(data)))
print(f"min={min(data)} max={max(data)} range={max(data) - min(data):.2f}")
s = sorted(data)
mid = len(s) // 2
print("median", s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2)
hist = {}
for x in data:
    bucket = int(x // 2) * 2
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print("%2d-%-2d %s" % (b, b + 2, "#" * hist[b]))
dot = sum(x * y for x, y in zip([1.5, 2.0, -1.0], [4.0, 0.25, 3.0]))
print(dot)
running = []
total = 0
for x in data:
    total += x
    running.append(round(total, 2))
print(running)
