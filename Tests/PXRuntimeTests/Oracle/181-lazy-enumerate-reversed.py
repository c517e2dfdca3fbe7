e = enumerate(range(10**12), start=5)
print(next(e), next(e), type(e).__name__)
def letters():
    for ch in "abc":
        print("yield", ch)
        yield ch
for i, ch in enumerate(letters()):
    print(i, ch)
    if i == 1:
        break
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(r))
print(list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(next(reversed(range(10**18))), list(reversed({"a": 1, "b": 2})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 11
print(list(reversed(Seq())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
