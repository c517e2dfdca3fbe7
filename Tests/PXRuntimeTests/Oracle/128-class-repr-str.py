class Both:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Both({self.v!r})"

    def __str__(self):
        return f"<{self.v}>"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"


b = Both("x")
print(b)
print(str(b), repr(b))
print([b, b], (b,), {"k": b})
print(f"{b} {b!r} {b!s}", "%s %r" % (b, b), "{} {!r}".format(b, b))
r = ReprOnly()
print(r, str(r), [r])
print(str([Both(1)]), repr(Both([1, "a"])))
