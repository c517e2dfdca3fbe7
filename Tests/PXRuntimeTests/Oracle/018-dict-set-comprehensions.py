print({i: i * i for i in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2)]})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({i: [j for j in range(i)] for i in range(3)})
print({i % 3: i for i in range(10)})
print({w: len(w) for w in "to be or not to be".split()})
print(sorted({i * i for i in range(-3, 4)}), {i * i for i in range(3)})
print({i % 5 for i in range(100) if i % 2 == 0})
print(sorted({c for c in "mississippi"}))
print({x for x in []}, {x: x for x in []})
print({(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
words = ["apple", "bob", "cat", "avocado", "banana"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
print({k: v for k, v in zip(range(3), "xyz") if k != 1})
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({k: counts[k] for k in sorted(counts, key=lambda c: -counts[c])})
print(len({i for i in range(1000)}))
