# Sorting strs (keys that share their first 8 bytes, NUL bytes, non-ASCII, reverse, tuple keys with strs,
# unbound str methods as keys), split and join on short and long pieces, and len() over every alignment of
# multi-byte characters.
words = ["abcdefgh", "abcdefghi", "abcdefg", "abcdefgh\0", "abcdefgh\0a", "abcdefgH", "", "a", "\0", "\0\0",
         "é", "e", "zzzzzzzzzz", "zzzzzzzzz", "日本語のテキスト", "日本", "Ω", "abcdefgh" * 3, "abcdefgh" * 2 + "a",
         "ABCDEFGH", "abc\u00e9defgh", "abcdefgh\u00e9", "abcdefgh\x7f", "abcdefgh\x80"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.upper, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: (w[:3], -len(w), w)))
print(sorted(words, key=lambda w: (w, len(w)), reverse=True))
print(min(words), max(words), min(words, key=str.casefold), max(words, key=lambda w: w[::-1]))
pairs = [(w, i % 3) for i, w in enumerate(words)]
print(sorted(pairs, key=lambda p: (p[1], p[0])))
stable = sorted(words, key=lambda w: w[:8])
print(stable)
stable.sort(key=lambda w: w[:1], reverse=True)
print(stable)

for text in ["a,b,,c", ",a,", "", ",", "one", "α,β,,γ", "x" * 40 + "," + "y" * 3, "a, b ,c"]:
    print(text.split(","), text.split(",", 1), text.split(", "), text.split())
for text in ["  a b\tc\nd  ", "", "   ", "\x1c a\x1fb", "naïve café  über", "a\u2003b", "w " * 10]:
    print(text.split(), text.split(None, 1), text.split(maxsplit=2))

pieces = ["", "a", "bc", "x" * 16, "y" * 17, "z" * 40, "é", "日本語", "0123456789abcdef"]
for sep in ["", "-", ", ", "→", "long separator text"]:
    joined = sep.join(pieces)
    print(len(joined), joined)
print("".join([]), "-".join(["only"]), "-".join(str(i) for i in range(12)), "".join(reversed(pieces)))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(e)

base = "aé日😀b"
for shift in range(10):
    s = "x" * shift + base * (shift + 1) + "y" * (9 - shift)
    print(shift, len(s), len(s[3:]), s.count("é"), len(s.encode()))
print([w.capitalize() for w in ["alpha", "BETA", "gAMMA", "", "é", "ǆemal", "1st", "ß"]])
