def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

print([classify(v) for v in (-5, 0, 3, 42)])
for v in [0, 1, "", "x", [], [0], None, 0.0, {}, {"a": 1}, range(0), range(1)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
if x > 5:
    if x % 2:
        print("big odd")
    else:
        print("big even")
if x < 0:
    print("unreached")
elif x > 100:
    print("unreached")
if x == 7: print("single-line if")
if not x:
    pass
else:
    print("else branch")
if x > 1 and x < 10 or x == 100:
    print("compound")
if (x > 1 and
        x < 10):
    print("joined condition")
grade = 83
if grade >= 90: letter = "A"
elif grade >= 80: letter = "B"
else: letter = "C"
print(letter)
