# The fast paths of whole-program speed: str.replace and str.split on bytes (ASCII and not), sorting by
# int, float and str keys (stable, reversed), and the int/float operators computed without the general dispatch.
print("a-b-c".replace("-", "+"), "aaa".replace("a", "bb", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "héllo wörld".replace("ö", "oe"))
print("a,b,,c".split(","), "a,b,c".split(",", 1), "x".split(","), "".split(","), "a::b::".split("::"), "a b".split(" ", 0))
print("  a  b\tc\n ".split(), " a b c ".split(None, 1), "é a".split(), "".split(), "a\x1cb".split())
print(sorted([3, 1, 2], reverse=True), sorted([1.5, -2.0, 0.0]), sorted(["b", "A", "a", "é", "e"]), sorted([(2, "a"), (1, "b")]))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True), sorted([1, 2.5, 0]), sorted([True, 0, 2]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3, 7 // 2, -7 // 2, 7 // -2, 5 >> 1, -5 >> 70, 6 & 3, 6 | 3, 6 ^ 3, 1.5 / 0.5, 3 / 2)
x = 5.0
x /= 2
y = 7
y %= 3
print(x, y)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print(e)
class P:
    def __init__(self): self.v = 1.5
p = P(); p.v *= 2; p.v -= 1; p.v /= 4
d = {"k": 1}; d["k"] += 2.5
print(p.v, d)
print(" a b c ".rsplit(None, 1), "a\u2003b\u00a0c".split(), "\u3000x\u3000".strip(), "x\x1fy".isspace(), "\x1c\x1d".isspace())
print(sorted(["e\u0301", "\u00e9", "f"]), sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]))
print(sorted(["b1", "a2", "b0", "a1"], key=lambda s: s[0], reverse=True), sorted([2.5, float("inf"), -1.0], reverse=True))
words = "one two three two one".split()
print(sorted(range(len(words)), key=lambda i: words[i]), "x".join(["a", "b"]).replace("x", ""))
print("aXbXc".split("X", -1), "aXbXc".split("X", 5), "aXbXc".replace("X", "YY", -1), "aXbXc".replace("X", "", 0))
