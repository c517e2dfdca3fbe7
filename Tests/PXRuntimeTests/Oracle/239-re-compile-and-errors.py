import re
word = re.compile(r"\b[a-z]+\b")
print(word.findall("one Two three"), word.match("abc def").group(), word.search("123 go").span(), word.fullmatch("xyz") is not None)
print(word.sub("W", "a B c"), re.compile(r"\d").split("a1b2c"))
for bad in ["(unclosed", "*start", "[z-a]"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e)
m = re.match(r"(\d+)", "42abc")
print(m.string, m.re.pattern, m.pos, m.endpos, bool(m), m.expand(r"<\1>"))
print(re.match(r"\d", "x") is None, re.search(r"[^aeiou\s]+", "aei xyz").group(), re.findall(r"[\w.-]+", "a.b-c d"))
