import re
m = re.match(r"(\w+) (\w+)", "hello world again")
print(m.group(), m.group(0), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(2))
print(re.match(r"world", "hello world"), re.search(r"world", "hello world").span())
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.fullmatch(r"\d+", "12a"))
m = re.search(r"(\d+)\.(\d+)?", "version 3. and 4.5")
print(m.groups(), m.group(1, 2), m.groups(default="none"))
print(bool(re.search(r"^abc$", "abc")), bool(re.match(r"a.c", "a\nc")), re.search(r"colou?r", "the color red").group())
print(repr(re.match(r"x*", "yyy").group()), re.search(r"\bcat\b", "concat cat").start())
