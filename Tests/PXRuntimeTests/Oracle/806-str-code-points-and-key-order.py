# str as code points: indexing, slicing, find/count positions, padding widths, equality and order of
# canonically equivalent text; int() of text; sort, min and max keys (tuples, NaN, reverse stability).
composed, decomposed = "caf\u00e9", "cafe\u0301"
print(len(composed), len(decomposed), composed == decomposed, composed < decomposed, decomposed < composed)
d = {composed: 1, decomposed: 2}
print(len(d), d[composed], d[decomposed], sorted([composed, decomposed, "cafe", "caf", "cafZ"]))
print({"e\u0301", "\u00e9", "e"} == {"e", "\u00e9", "e\u0301"}, len({"e\u0301", "\u00e9"}))
s = "a\u00e9\u4e2d\U0001F600e\u0301z"
print([s[i] for i in range(len(s))], s[-1], s[-3], repr(s[5]))
print(s[1:4], s[3:], s[:-2], s[::2], s[::-1], s[2:2] == "", s[10:20] == "", s[-100:2])
try:
    s[7]
except IndexError as e:
    print("IndexError:", e)
print(s.find("\U0001F600"), s.find("z"), s.rfind("e"), s.index("\u4e2d"), s.count("\u0301"), s.find("q"))
print("abcabcab".count("ab"), "aaaa".count("aa"), "aaaa".rfind("aa"), "x\u00e9x\u00e9".rindex("\u00e9"))
try:
    "abc".index("d")
except ValueError as e:
    print("ValueError:", e)
print("[%5s]" % decomposed, "[{:>6}]".format(decomposed), f"[{decomposed:*^8}]", f"[{decomposed:.4}]")
width = 7
print(f"[{composed:>{width}}]", f"[{12:05d}]", f"[{-12:05d}]", f"[{12:+d}]", f"[{-7:^7}]", f"[{3:x}]")
print(f"{255:#06x} {1234567:,} {1234567:_} {-0.0:5.1f} {2.5:08.3f} {'ab':<4}|")


class Tag:
    def __format__(self, spec):
        return "Tag(" + spec + ")"


print(f"{Tag():>10}", f"{Tag():}", f"{Tag()!s:>3}"[:3])
for text in ["  -12 ", "+7", "007", "1_000", "\u0661\u0662", "\u2003 5\n", "-0", "99999999999999999999"]:
    print(repr(text), int(text))
for text in ["0x10", "", " ", "1__0", "_1", "1.5", "--1"]:
    try:
        int(text)
    except ValueError as e:
        print("ValueError:", e)
rows = [("b", 2.0, 1), ("a", float("nan"), 2), ("a", 1.0, 3), ("b", 2.0, 0), ("a", -1.0, 4)]
print(sorted(rows, key=lambda r: (r[0], r[2])))
print(sorted(rows, key=lambda r: r[0], reverse=True))
print(sorted([3, 1.5, True, -2, 0.0, False], key=lambda x: x), sorted(["b", "B", "a", "\u00e9", "A"], reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), ()]), sorted([[2, 1], [1, 5], [1]]))
print(max(rows, key=lambda r: (r[0], r[2])), min(rows, key=lambda r: r[0]), max([1, 3, 3.0, 2]), min("b", "a", "c"))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc", "d"], key=len), max([(1, 2), (1, 2.0)]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"], key=lambda x: x)
except TypeError as e:
    print("TypeError:", e)
words = ["pear", "Apple", "fig", "apple", "Fig", "banana"]
words.sort(key=str.lower)
print(words, sorted(words, key=len, reverse=True), sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
