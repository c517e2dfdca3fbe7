import re
cases = [
    (r"(\w+) (\w+)", "hello world again"), (r"a*", "baaac"), (r"x*", "abc"), (r"(a|)*", "b"),
    (r"(a)(b)?(c)", "ac"), (r"((\w)\w)(?:-(\w+))", "ab-cd"), (r"(?P<x>a)(?P=x)", "aa"),
    (r"\bfoo\b", "a foo b"), (r"^\s*$", "   "), (r"(?i)straße", "STRASSE"), (r"[^a-c]+", "abcdef"),
    (r"(?<=a)b", "ab cb"), (r"(?<!a)b", "ab cb"), (r"a(?=b)", "ab ac"), (r"a(?!b)", "ab ac"),
    (r"(\d+)-(\d+)?", "12- 3-4"), (r"a{2,3}", "aaaa"), (r"a{2,3}?", "aaaa"), (r"a{,2}", "aaa"),
    (r"a{3}", "aaaaaaa"), (r"x{2,}", "xxxxx x"), (r"[a-z]+?", "abc"), (r".*?b", "aaab"),
    (r"(a+)+b", "aaab"), (r"(\w)\1", "hello"), (r"[\d.]+", "v1.2.3"), (r"[-a]", "-a"), (r"[]a]", "]"),
    (r"[a\]]+", "a]]"), (r"\$\d", "$5"), (r"(?m)^\w+$", "a\nbb\nccc"), (r"$", "a\n"), (r"\Z", "a\n"),
    (r"(?s).+", "a\nb"), (r".+", "a\nb"), (r"(?x) a b # c", "ab"), (r"\x41\u00e9\101", "Aé"+"A"),
    (r"[\x41-\x43]+", "ABCD"), (r"(?i)[a-c]+", "ABCabc"), (r"\W+", "a, b"), (r"\S+", " x y"),
    (r"(a)|(b)", "b"), (r"(?:ab)+", "ababa"), (r"(?P<first>\w+)\s(?P<last>\w+)", "Jane Doe"),
    (r"é+", "ééé"), (r"\d", "٣"), (r"(?a)\d", "٣"), (r"\w+", "naïve café"), (r"", "abc"),
    (r"(?i)ǅ", "ǆ"), (r"\B", "ab c"), (r"(a*)*", "aa"), (r"(a*)+", "b"), (r"(a|ab)(c|bcd)(d*)", "abcd"),
]
for p, s in cases:
    c = re.compile(p)
    m = c.search(s)
    print(repr(p), m and (m.span(), m.groups(), m.lastindex, m.lastgroup), c.findall(s), c.split(s),
          [x.span() for x in c.finditer(s)], c.sub("<\\g<0>>", s), c.groups, c.flags)
    print(re.sub(p, lambda m: m.group().upper(), s), re.fullmatch(p, s) is not None, re.match(p, s) and re.match(p, s).group())
for bad in ["(unclosed", "*start", "[z-a]", "a**", "a)", "[abc", "\\q", "(?P<1a>x)", "(?P=nope)", "\\3", "(?<=a+)b",
            "a{3,2}", "(?z)", "x(?i)", "(", "[\\d-z]", "\\", "(?P<n>a)(?P<n>b)", "a\n(b"]:
    try:
        re.compile(bad)
        print("compiled", repr(bad))
    except re.error as e:
        print("re.error:", e, "|", e.msg, e.pos)
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1 \\ \n", "alice@example"), re.escape("a.b*c\n"), re.split(r"(,)|;", "a,b;c"))
print(re.I, re.I | re.M, re.compile("x", re.I | re.S), re.compile("a"), repr(re.compile("a", re.X)))
m = re.search(r"(\d+)", "ab 42 cd")
print(m, m.regs, m.expand(r"[\1]"), m.start(1), m[1])
print(re.findall(r"(a)(b)?", "ab a"), re.subn("a", "b", "aaa", 2), re.split(r"\s*", "a b  c"))
print(re.compile(r"\d+").search("ab 12 34", 4).group(), re.compile(r"^\d+").search("ab 12", 3), re.compile(r"\d+$").match("123abc", 0, 3))
