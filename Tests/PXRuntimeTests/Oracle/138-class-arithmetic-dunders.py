class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"V({self.x}, {self.y})"

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)

    def __mod__(self, k):
        return V(self.x % k, self.y % k)

    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)

    def __neg__(self):
        return V(-self.x, -self.y)

    def __pos__(self):
        return V(+self.x, +self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y

    def __and__(self, o):
        return "and"

    def __or__(self, o):
        return "or"

    def __xor__(self, o):
        return "xor"

    def __lshift__(self, n):
        return "lshift %d" % n

    def __rshift__(self, n):
        return "rshift %d" % n

    def __invert__(self):
        return "invert"

    def __divmod__(self, k):
        return (self // k, self % k)


a, b = V(3, 4), V(1, 2)
print(a + b, a - b, a * 2, a / 2, a // 2, a % 2, a ** 2)
print(-a, +a, abs(a), a @ b, divmod(a, 2))
print(a & b, a | b, a ^ b, a << 3, a >> 1, ~a)
print(a + b * 2 - V(1, 1), sum([a, b], V(0, 0)))
