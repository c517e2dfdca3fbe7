class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [4])


class DefaultZero(dict):
    def __missing__(self, key):
        return 0


d = DefaultZero(a=1)
print(d["a"], d["zzz"], d, "zzz" in d)


class Upper(str):
    def shout(self):
        return self.upper() + "!"


u = Upper("hi")
print(u, u.shout(), u + " there", isinstance(u, str), len(u))


class Celsius(float):
    def __repr__(self):
        return f"{float(self)}C"


c = Celsius(21.5)
print(repr(c), c + 1, c * 2)


class MyError(ValueError):
    pass


try:
    raise MyError("bad")
except ValueError as e:
    print(type(e).__name__, e)
