x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
funcs = [lambda: x for x in range(3)]
print([f() for f in funcs], x)
total = 10
print([total + n for n in range(3)])

matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)])
print({k: [v for v in range(k)] for k in range(3)}, sorted({c for c in "hello"}))
print([(a, b) for a in range(3) for b in range(a) if (a + b) % 2])
print([y for x in [[1, 2], [3]] for y in x])
