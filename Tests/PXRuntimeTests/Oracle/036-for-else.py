for i in range(3):
    print("i", i)
for ch in "ab":
    print("ch", ch)
for k, v in [("a", 1), ("b", 2)]:
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for k, v in {"x": 10, "y": 20}.items():
    print(k, "->", v)
for x in []:
    print("never")
else:
    print("else after empty loop")
for x in range(5):
    if x == 10:
        break
else:
    print("no break, else runs")
for x in range(5):
    if x == 2:
        print("breaking at", x)
        break
else:
    print("not printed")
for x in range(6):
    if x % 2:
        continue
    print("even", x)
else:
    print("else after continue loop")
print("loop var after loop:", x)
for row in [[1, 2], [3, 4]]:
    for v in row:
        if v == 2:
            break
        print("v", v)
    else:
        print("inner completed")
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
items = [1, 2, 3]
for x in items[:]:
    items.append(x * 10)
print(items)
total = 0
for n in range(10, 0, -3):
    total += n
print(total)
for d in ({"k": 1}, {"k": 2}):
    d["k"] *= 100
    print(d)
for s in ("a", "b"): print(s, end=" ")
print()
