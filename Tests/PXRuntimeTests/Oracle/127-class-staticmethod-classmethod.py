class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class EuroDate(Date):
    pass


print(Date.from_string("2024-02-29"), EuroDate.from_string("2023-1-5"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(Date.created)
f = Date.from_string
print(f("1999-12-31"))
s = Date.is_leap
print(s(2023), type(EuroDate.from_string("2000-1-1")).__name__)
