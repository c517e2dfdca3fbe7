from functools import total_ordering


@total_ordering
class Grade:
    order = "FDCBA"

    def __init__(self, letter):
        self.letter = letter

    def __eq__(self, other):
        return self.letter == other.letter

    def __lt__(self, other):
        return self.order.index(self.letter) < self.order.index(other.letter)

    def __repr__(self):
        return self.letter


a, b = Grade("A"), Grade("C")
print(a > b, a >= b, a <= b, b <= b, a < b, a != b)
print(sorted([Grade(c) for c in "CAFBD"]), max(Grade(c) for c in "CDB"))
