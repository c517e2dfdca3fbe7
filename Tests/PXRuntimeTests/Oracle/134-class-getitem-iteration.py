class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


sq = Squares(5)
print(list(sq), 9 in sq, 10 in sq)
for v in Squares(3):
    print(v, end=" ")
print()
print(sum(Squares(4)), sorted(Squares(4), reverse=True), list(enumerate(Squares(2))))
a, b, c = Squares(3)
print(a, b, c)
it = iter(Squares(2))
print(next(it), next(it), next(it, "done"))
